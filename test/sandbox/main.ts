import { parseSandboxArgs } from './cli-args';
import { startSandbox } from './server';

/**
 * `npm run sandbox [-- --port N] [-- --auto-approve] [-- --no-cors]`: serves the Zoom and Webex
 * sandbox until Ctrl+C (arguments: cli-args.ts). With `--no-cors`, only a build with a host
 * permission for it (such as `npm run demo`'s) or a custom server granted on the options page gets
 * through, as with the real servers.
 */
const parsed = parseSandboxArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const { options } = parsed;
const autoApprove = options.autoApprove === true;
const cors = options.cors !== false;
const sandbox = await startSandbox(options);
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
