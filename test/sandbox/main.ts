import { startSandbox } from './server';

const USAGE = 'Usage: npm run sandbox -- [--port N] [--auto-approve] [--no-cors]';

/**
 * `npm run sandbox [-- --port N] [-- --auto-approve] [-- --no-cors]`: serves the Zoom and Webex
 * sandbox until Ctrl+C. Default port 4010. `--auto-approve` skips both consent pages; `--no-cors`
 * sends no CORS headers, as the real servers do (then only a build with host permissions for it,
 * such as `npm run demo`'s, or a granted custom server, gets through).
 */
function parseArgs(argv: string[]): { port: number; autoApprove: boolean; cors: boolean } {
  let port = 4010;
  let autoApprove = false;
  let cors = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        console.error(`Invalid --port: ${value ?? '(missing)'}`);
        process.exit(2);
      }
    } else if (arg === '--auto-approve') {
      autoApprove = true;
    } else if (arg === '--no-cors') {
      cors = false;
    } else {
      console.error(`Unknown argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return { port, autoApprove, cors };
}

const { port, autoApprove, cors } = parseArgs(process.argv.slice(2));
const sandbox = await startSandbox({ port, autoApprove, webex: { autoApprove }, cors });
console.log(`Zoom sandbox listening on ${sandbox.url}
  OAuth:  ${sandbox.url}/oauth/authorize  (client id: sandbox-client)
  API:    ${sandbox.url}/v2
  Admin:  ${sandbox.url}/__admin/state
  Webex:  ${sandbox.url}/webex/v1  (OAuth and API; client id: sandbox-webex-client)
  Consent pages: ${autoApprove ? 'approved at once (--auto-approve)' : 'shown'}; CORS headers: ${cors ? 'sent' : 'none, as the real servers (--no-cors)'}`);

const stop = () => {
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
