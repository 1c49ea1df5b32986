import { startSandbox } from './server';

/**
 * `npm run sandbox [-- --port N] [-- --auto-approve]`: serves the Zoom sandbox until Ctrl+C.
 * Default port 4010.
 */
function parseArgs(argv: string[]): { port: number; autoApprove: boolean } {
  let port = 4010;
  let autoApprove = false;
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
    } else {
      console.error(`Unknown argument: ${arg}\nUsage: npm run sandbox -- [--port N] [--auto-approve]`);
      process.exit(2);
    }
  }
  return { port, autoApprove };
}

const { port, autoApprove } = parseArgs(process.argv.slice(2));
const sandbox = await startSandbox({ port, autoApprove });
console.log(`Zoom sandbox listening on ${sandbox.url}
  OAuth:  ${sandbox.url}/oauth/authorize  (client id: sandbox-client)
  API:    ${sandbox.url}/v2
  Admin:  ${sandbox.url}/__admin/state
  Webex:  ${sandbox.url}/webex/v1  (OAuth and API; client id: sandbox-webex-client)`);

const stop = () => {
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
