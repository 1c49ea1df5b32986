import { describe, expect, it } from 'vitest';
import { parseSandboxArgs } from '../../sandbox/cli-args';

describe('npm run sandbox arguments', () => {
  it('serves on 4010 with consent pages and CORS headers by default', () => {
    expect(parseSandboxArgs([])).toEqual({
      ok: true,
      options: { port: 4010, autoApprove: false, webex: { autoApprove: false }, cors: true },
    });
  });

  it('--auto-approve skips Webex’s consent page as well as Zoom’s; --no-cors turns CORS off', () => {
    expect(parseSandboxArgs(['--auto-approve', '--no-cors', '--port', '4020'])).toEqual({
      ok: true,
      options: { port: 4020, autoApprove: true, webex: { autoApprove: true }, cors: false },
    });
  });

  it('refuses a bad port or an unknown argument, with the usage', () => {
    expect(parseSandboxArgs(['--port=http'])).toEqual({ ok: false, message: 'Invalid --port: http' });
    expect(parseSandboxArgs(['--port'])).toEqual({ ok: false, message: 'Invalid --port: (missing)' });
    const unknown = parseSandboxArgs(['--cors=off']);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toMatch(/^Unknown argument: --cors=off\nUsage: .*--no-cors/);
  });
});
