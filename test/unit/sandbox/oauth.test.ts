import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupSandbox } from '@/test/support/sandbox';

const { ctx, call, form } = setupSandbox('zoom', {
  clientIds: ['sandbox-client', 'other-client'],
});

const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return {
    verifier,
    challenge: createHash('sha256').update(verifier).digest('base64url'),
  };
}

function authorizeUrl(params: Record<string, string | undefined>) {
  const search = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return `${ctx.sandbox.url}/oauth/authorize?${search}`;
}

const standard = (challenge: string, extra: Record<string, string | undefined> = {}) => ({
  response_type: 'code',
  client_id: 'sandbox-client',
  redirect_uri: REDIRECT,
  code_challenge: challenge,
  code_challenge_method: 'S256',
  state: 'st-123',
  ...extra,
});

/** Walks the consent page: GET /authorize, then POST the decision; returns the redirect. */
async function consent(decision: 'allow' | 'deny', challenge: string) {
  const page = await fetch(authorizeUrl(standard(challenge)));
  const html = await page.text();
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const res = await form('/oauth/authorize', {
    consent_id: consentId,
    decision,
  });
  return {
    page,
    html,
    res,
    location: new URL(res.headers.get('location') ?? 'about:blank'),
  };
}

async function signIn() {
  const { verifier, challenge } = pkce();
  const { location } = await consent('allow', challenge);
  const code = location.searchParams.get('code')!;
  return form('/oauth/token', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
    client_id: 'sandbox-client',
  });
}

describe('GET /oauth/authorize', () => {
  it('shows a consent page with Allow and Deny, escaping what the request carries', async () => {
    const { challenge } = pkce();
    const res = await fetch(
      authorizeUrl(
        standard(challenge, {
          redirect_uri: 'https://x.example/cb?<b>"x"</b>',
        }),
      ),
    );
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('value="allow"');
    expect(html).toContain('value="deny"');
    expect(html).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b>"x"</b>');
  });

  it('Allow redirects to the redirect URI with a code and the state', async () => {
    const { challenge } = pkce();
    const { res, location } = await consent('allow', challenge);
    expect(res.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('code')).toMatch(/^sbx_code_/);
    expect(location.searchParams.get('state')).toBe('st-123');
  });

  it('Deny redirects with error=access_denied and the state', async () => {
    const { challenge } = pkce();
    const { location } = await consent('deny', challenge);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('st-123');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('a consent can be answered once only', async () => {
    const { challenge } = pkce();
    const { html } = await consent('allow', challenge);
    const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const again = await form('/oauth/authorize', {
      consent_id: consentId,
      decision: 'allow',
    });
    expect(again.status).toBe(400);
  });

  it('auto-approve (an admin switch) redirects at once; a query parameter cannot turn it on', async () => {
    const { challenge } = pkce();
    const viaQuery = await fetch(authorizeUrl(standard(challenge, { auto_approve: 'true' })), {
      redirect: 'manual',
    });
    expect(viaQuery.status).toBe(200);
    ctx.sandbox.setAutoApprove(true);
    const res = await fetch(authorizeUrl(standard(challenge)), {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('st-123');
    ctx.sandbox.setAutoApprove(false);
  });

  it('refuses an unknown client or a bad redirect URI on its own page, never redirecting', async () => {
    const { challenge } = pkce();
    for (const bad of [
      { client_id: 'stranger' },
      { redirect_uri: 'javascript:alert(1)' },
      { redirect_uri: undefined },
    ]) {
      const res = await fetch(authorizeUrl(standard(challenge, bad)), {
        redirect: 'manual',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    }
  });

  it('redirects with invalid_request when PKCE is missing or not S256', async () => {
    const { challenge } = pkce();
    for (const bad of [
      { code_challenge: undefined },
      { code_challenge_method: 'plain' },
      { response_type: 'token' },
    ]) {
      const res = await fetch(authorizeUrl(standard(challenge, bad)), {
        redirect: 'manual',
      });
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location')!);
      expect(location.searchParams.get('error')).toMatch(/invalid_request|unsupported_response_type/);
      expect(location.searchParams.get('state')).toBe('st-123');
    }
  });
});

describe('POST /oauth/token', () => {
  it('exchanges a code with the right verifier for Zoom-shaped tokens that open the API', async () => {
    const res = await signIn();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      refresh_token: expect.any(String),
      expires_in: 3600,
      scope: expect.stringContaining('meeting:write'),
    });
    const me = await call('GET', '/v2/users/me', {
      token: res.body.access_token,
    });
    expect(me.status).toBe(200);
  });

  it('checks the verifier, redirect URI and client, and uses a code once', async () => {
    const { verifier, challenge } = pkce();
    const code = (await consent('allow', challenge)).location.searchParams.get('code')!;
    const base = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: 'sandbox-client',
    };
    const wrongVerifier = await form('/oauth/token', {
      ...base,
      code_verifier: pkce().verifier,
    });
    expect(wrongVerifier.status).toBe(400);
    expect(wrongVerifier.body.error).toBe('invalid_grant');
    expect(
      (
        await form('/oauth/token', {
          ...base,
          redirect_uri: 'https://elsewhere.example/',
        })
      ).body.error,
    ).toBe('invalid_grant');
    expect((await form('/oauth/token', { ...base, client_id: 'other-client' })).body.error).toBe(
      'invalid_grant',
    );
    const ok = await form('/oauth/token', base);
    expect(ok.status).toBe(200);
    const reused = await form('/oauth/token', base);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    // The reuse withdrew what the code had bought.
    expect((await call('GET', '/v2/users/me', { token: ok.body.access_token })).status).toBe(401);
  });

  it('codes expire after 5 minutes', async () => {
    const { verifier, challenge } = pkce();
    const code = (await consent('allow', challenge)).location.searchParams.get('code')!;
    ctx.sandbox.clock.advance(5 * 60_000 + 1);
    const res = await form('/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: 'sandbox-client',
    });
    expect(res.status).toBe(400);
    expect(res.body.error_description).toMatch(/expired/);
  });

  it('accepts the client in an HTTP Basic header, and refuses unknown clients with invalid_client', async () => {
    const { verifier, challenge } = pkce();
    const code = (await consent('allow', challenge)).location.searchParams.get('code')!;
    const params = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    };
    const stranger = await form('/oauth/token', {
      ...params,
      client_id: 'stranger',
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error).toBe('invalid_client');
    const basic = Buffer.from('sandbox-client:any-secret').toString('base64');
    const res = await form('/oauth/token', params, {
      Authorization: `Basic ${basic}`,
    });
    expect(res.status).toBe(200);
  });

  it('refuses unknown grant types and missing parameters', async () => {
    expect(
      (
        await form('/oauth/token', {
          grant_type: 'password',
          client_id: 'sandbox-client',
        })
      ).body.error,
    ).toBe('unsupported_grant_type');
    const missing = await form('/oauth/token', {
      grant_type: 'authorization_code',
      client_id: 'sandbox-client',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
  });

  it('rotates refresh tokens: the old one dies once used', async () => {
    const first = (await signIn()).body;
    const refreshed = await form('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
      client_id: 'sandbox-client',
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
    expect(
      (
        await call('GET', '/v2/users/me', {
          token: refreshed.body.access_token,
        })
      ).status,
    ).toBe(200);
    const replay = await form('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
  });
});

describe('access tokens', () => {
  it('expire after their lifetime (settable) with 401 code 124', async () => {
    ctx.sandbox.setTokenLifetime(60);
    const tokens = (await signIn()).body;
    expect(tokens.expires_in).toBe(60);
    expect((await call('GET', '/v2/users/me', { token: tokens.access_token })).status).toBe(200);
    ctx.sandbox.clock.advance(60_000);
    const expired = await call('GET', '/v2/users/me', {
      token: tokens.access_token,
    });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({
      code: 124,
      message: 'Invalid access token.',
    });
    ctx.sandbox.setTokenLifetime(3600);
  });

  it('unknown or missing tokens get 401 code 124', async () => {
    for (const token of ['sbx_at_unknown', null]) {
      const res = await call('GET', '/v2/users/me/meetings', { token });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 124, message: 'Invalid access token.' });
    }
  });

  it('POST /oauth/revoke ends the grant (access and refresh)', async () => {
    const tokens = (await signIn()).body;
    const res = await form('/oauth/revoke', {
      token: tokens.access_token,
      client_id: 'sandbox-client',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'success' });
    expect((await call('GET', '/v2/users/me', { token: tokens.access_token })).status).toBe(401);
    const refresh = await form('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refresh.body.error).toBe('invalid_grant');
    expect((await form('/oauth/revoke', {})).status).toBe(400);
  });

  it('revokeAllTokens signs everyone out', async () => {
    expect((await call('GET', '/v2/users/me')).status).toBe(200);
    ctx.sandbox.revokeAllTokens();
    expect((await call('GET', '/v2/users/me')).status).toBe(401);
  });
});
