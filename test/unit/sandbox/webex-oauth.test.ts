import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiContract } from '@/test/support/api-contract';
import { setupSandbox } from '@/test/support/sandbox';

const { ctx, call } = setupSandbox('webex');
const { errorValidator } = apiContract('webex');
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';
const CLIENT = 'sandbox-webex-client';

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

const authorize = (params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return fetch(`${ctx.sandbox.webex.base}/authorize?${query}`, { redirect: 'manual' });
};
const standard = (challenge: string, extra: Record<string, string | undefined> = {}) => ({
  response_type: 'code',
  client_id: CLIENT,
  redirect_uri: REDIRECT,
  code_challenge: challenge,
  code_challenge_method: 'S256',
  scope: 'spark:people_read meeting:schedules_write',
  state: 'st-1',
  ...extra,
});
const token = async (params: Record<string, string>) => {
  const res = await fetch(`${ctx.sandbox.webex.base}/access_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function code(challenge: string): Promise<string> {
  ctx.sandbox.webex.setAutoApprove(true);
  const res = await authorize(standard(challenge));
  return new URL(res.headers.get('location')!).searchParams.get('code')!;
}

describe('Webex OAuth in the sandbox', () => {
  it('shows a consent page naming the client and scopes; Accept redirects with a code and the state', async () => {
    const { challenge } = pkce();
    const page = await authorize(standard(challenge));
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(CLIENT);
    expect(html).toContain('meeting:schedules_write');
    const consentId = /name="consent_id" value="([^"]+)"/.exec(html)![1]!;
    const decided = await fetch(`${ctx.sandbox.webex.base}/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ consent_id: consentId, decision: 'allow' }).toString(),
      redirect: 'manual',
    });
    const location = new URL(decided.headers.get('location')!);
    expect(location.searchParams.get('state')).toBe('st-1');
    expect(location.searchParams.get('code')).toMatch(/^sbx_code_/);
  });

  it('auto-approve redirects at once', async () => {
    expect(await code(pkce().challenge)).toMatch(/^sbx_code_/);
  });

  it('refuses a bad request: unknown client on the page, the rest back to the redirect URI', async () => {
    const { challenge } = pkce();
    expect((await authorize(standard(challenge, { client_id: 'nope' }))).status).toBe(400);
    const error = async (extra: Record<string, string | undefined>) =>
      new URL((await authorize(standard(challenge, extra))).headers.get('location')!).searchParams.get(
        'error',
      );
    expect(await error({ scope: undefined })).toBe('invalid_scope');
    expect(await error({ code_challenge_method: 'plain' })).toBe('invalid_request');
    expect(await error({ code_challenge: undefined })).toBe('invalid_request');
    expect(await error({ response_type: 'token' })).toBe('unsupported_response_type');
  });

  it('exchanges a code only with the right PKCE verifier, once', async () => {
    const { verifier, challenge } = pkce();
    const base = {
      grant_type: 'authorization_code',
      code: await code(challenge),
      redirect_uri: REDIRECT,
      client_id: CLIENT,
    };
    const wrong = await token({ ...base, code_verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(errorValidator(wrong.body)).toBe(true);
    expect(
      (await token({ ...base, code_verifier: verifier, redirect_uri: 'https://other.example/' })).status,
    ).toBe(400);
    const good = await token({ ...base, code_verifier: verifier });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token_expires_in: 7_776_000,
    });
    expect((await token({ ...base, code_verifier: verifier })).status).toBe(400);
  });

  it('rotates refresh tokens: the used one is dead, the new access token works', async () => {
    const first = await token({
      grant_type: 'refresh_token',
      refresh_token: ctx.refreshToken,
      client_id: CLIENT,
    });
    expect(first.status).toBe(200);
    const reused = await token({
      grant_type: 'refresh_token',
      refresh_token: ctx.refreshToken,
      client_id: CLIENT,
    });
    expect(reused.status).toBe(400);
    const me = await call('GET', '/people/me', { token: first.body.access_token as string });
    expect(me.status).toBe(200);
  });

  it('Zoom tokens do not open Webex, and Webex tokens do not open Zoom', async () => {
    const zoomToken = ctx.sandbox.issueTokens().access_token;
    expect((await call('GET', '/people/me', { token: zoomToken })).status).toBe(401);
    const res = await fetch(`${ctx.sandbox.url}/v2/users/me`, {
      headers: { Authorization: `Bearer ${ctx.token}` },
    });
    expect(res.status).toBe(401);
  });
});
