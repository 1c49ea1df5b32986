import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../sandbox/server';

// Real Zoom and Webex send no CORS headers; with `cors: false` the sandbox is as strict, so only an
// extension with a host permission for it gets through (as with the real servers).
describe('the sandbox with CORS off', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ cors: false, clientIds: ['sandbox-client'] });
  });
  afterAll(() => sandbox.close());

  const origin = { Origin: 'chrome-extension://abcdefghijklmnop' };

  it('sends no CORS header on answers, the token endpoint’s and errors included', async () => {
    const answers = [
      await fetch(`${sandbox.url}/v2/users/me`, { headers: origin }),
      await fetch(`${sandbox.url}/oauth/token`, { method: 'POST', headers: origin, body: 'grant_type=nope' }),
      await fetch(`${sandbox.url}/webex/v1/people/me`, { headers: origin }),
    ];
    for (const res of answers) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      const cors = [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));
      expect(cors).toEqual([]);
    }
  });

  it('does not answer a preflight as allowed', async () => {
    const res = await fetch(`${sandbox.url}/oauth/token`, {
      method: 'OPTIONS',
      headers: { ...origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.ok).toBe(false);
  });

  it('still serves the API to a client that needs no CORS', async () => {
    const { access_token } = sandbox.issueTokens();
    const res = await fetch(`${sandbox.url}/v2/users/me`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { email: string }).email).toBe('host@sandbox.example');
  });
});
