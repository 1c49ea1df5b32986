import type { SandboxOptions } from './server';

export const SANDBOX_USAGE = 'Usage: npm run sandbox -- [--port N] [--auto-approve] [--no-cors]';

/**
 * `npm run sandbox` arguments. `--auto-approve` skips both consent pages (Zoom's and Webex's);
 * `--no-cors` sends no CORS headers, as the real servers do. Default port 4010.
 */
export function parseSandboxArgs(
  argv: readonly string[],
): { ok: true; options: SandboxOptions & { port: number } } | { ok: false; message: string } {
  let port = 4010;
  let autoApprove = false;
  let cors = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      port = Number(value);
      if (!value || !Number.isInteger(port) || port < 0 || port > 65_535) {
        return { ok: false, message: `Invalid --port: ${value ?? '(missing)'}` };
      }
    } else if (arg === '--auto-approve') {
      autoApprove = true;
    } else if (arg === '--no-cors') {
      cors = false;
    } else {
      return { ok: false, message: `Unknown argument: ${arg}\n${SANDBOX_USAGE}` };
    }
  }
  return { ok: true, options: { port, autoApprove, webex: { autoApprove }, cors } };
}
