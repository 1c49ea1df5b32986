import { describe, expect, it } from 'vitest';
import {
  buildAuthorizationUrl,
  exchangeCode,
  readRedirect,
  refreshTokens,
  revokeToken,
  runWebAuthFlow,
} from '@/lib/auth/oauth';
import { challengeS256 } from '@/lib/auth/pkce';
import { ApiError } from '@/lib/http/errors';
import { ZOOM_OAUTH_PATHS } from '@/lib/providers/zoom/connection';
import { ZOOM_MESSAGES } from '@/lib/providers/zoom/http-dialect';
import { fakeFetch, form, json } from '@/test/support/fake-fetch';

const config = {
  oauthBase: 'https://auth.test/',
  clientId: 'client-1',
  redirectUrl: 'https://ext.chromiumapp.org/',
  paths: ZOOM_OAUTH_PATHS,
  provider: 'Zoom',
  messages: ZOOM_MESSAGES,
};
const tokenBody = {
  access_token: 'A1',
  token_type: 'bearer',
  refresh_token: 'R1',
  expires_in: 3600,
  scope: 'meeting:read',
};
const now = () => 1_000_000;

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<ApiError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('the authorization URL', () => {
  it('asks for a code with an S256 challenge, the state and the exact redirect URL', () => {
    const url = new URL(buildAuthorizationUrl(config, { challenge: 'CH', state: 'ST' }));
    expect(url.origin + url.pathname).toBe('https://auth.test/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'https://ext.chromiumapp.org/',
      code_challenge: 'CH',
      code_challenge_method: 'S256',
      state: 'ST',
    });
  });
});

describe('reading the redirect', () => {
  it('returns the code when the state matches', () => {
    expect(readRedirect('https://ext.chromiumapp.org/?code=C1&state=ST', 'ST', 'Zoom')).toBe('C1');
  });

  it('refuses a different or missing state', async () => {
    expect(
      (await rejection(() => readRedirect('https://x/?code=C1&state=OTHER', 'ST', 'Zoom'))).message,
    ).toMatch(/did not match/);
    expect((await rejection(() => readRedirect('https://x/?code=C1', 'ST', 'Zoom'))).kind).toBe(
      'sign-in-failed',
    );
  });

  it('says so when the person declined access', async () => {
    const error = await rejection(() =>
      readRedirect('https://x/?error=access_denied&state=ST', 'ST', 'Zoom'),
    );
    expect(error.kind).toBe('sign-in-failed');
    expect(error.message).toMatch(/declined/);
  });
});

describe('the web auth flow', () => {
  it('exchanges the code with the verifier whose challenge it sent, and no secret', async () => {
    const { fetch, calls } = fakeFetch(() => json(tokenBody));
    let launched = '';
    const tokens = await runWebAuthFlow(
      config,
      async (url) => {
        launched = url;
        return `${config.redirectUrl}?code=C1&state=${new URL(url).searchParams.get('state')}`;
      },
      { fetch, now },
    );
    expect(tokens).toEqual({
      accessToken: 'A1',
      refreshToken: 'R1',
      expiresAt: 1_000_000 + 3_600_000,
      scope: 'meeting:read',
    });
    expect(calls).toHaveLength(1);
    const sent = form(calls[0]!);
    expect(calls[0]!.url.href).toBe('https://auth.test/oauth/token');
    expect(calls[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(sent).toMatchObject({
      grant_type: 'authorization_code',
      code: 'C1',
      redirect_uri: config.redirectUrl,
    });
    expect(sent.client_id).toBe('client-1');
    expect(Object.keys(sent).sort()).toEqual([
      'client_id',
      'code',
      'code_verifier',
      'grant_type',
      'redirect_uri',
    ]);
    expect(await challengeS256(sent.code_verifier!)).toBe(
      new URL(launched).searchParams.get('code_challenge'),
    );
  });

  it('never calls the token endpoint when the state does not match', async () => {
    const { fetch, calls } = fakeFetch(() => json(tokenBody));
    const error = await rejection(
      runWebAuthFlow(config, async () => `${config.redirectUrl}?code=C1&state=forged`, { fetch }),
    );
    expect(error.kind).toBe('sign-in-failed');
    expect(calls).toHaveLength(0);
  });

  it('turns a closed sign-in window into a sentence', async () => {
    const error = await rejection(
      runWebAuthFlow(config, async () => Promise.reject(new Error('user closed')), {}),
    );
    expect(error.kind).toBe('sign-in-failed');
  });
});

describe('the token endpoint', () => {
  it('refreshes with the refresh token and the client id', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ...tokenBody, access_token: 'A2', refresh_token: 'R2' }));
    const tokens = await refreshTokens(config, 'R1', { fetch, now });
    expect(form(calls[0]!)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'R1',
      client_id: 'client-1',
    });
    expect(tokens.refreshToken).toBe('R2');
  });

  it('reports a refused grant as unauthorized', async () => {
    const { fetch } = fakeFetch(() => json({ error: 'invalid_grant', reason: 'Invalid Token!' }, 400));
    const error = await rejection(refreshTokens(config, 'R1', { fetch }));
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(400);
  });

  it('reports a server failure as transient, not as a refusal', async () => {
    const { fetch } = fakeFetch(() => json({}, 503));
    expect((await rejection(refreshTokens(config, 'R1', { fetch }))).kind).toBe('server');
  });

  it('refuses a token response of the wrong shape', async () => {
    const { fetch } = fakeFetch(() => json({ token: 'A1' }));
    expect((await rejection(exchangeCode(config, 'C1', 'V', { fetch }))).kind).toBe('unexpected-response');
  });

  it('revokes at /oauth/revoke', async () => {
    const { fetch, calls } = fakeFetch(() => json({ status: 'success' }));
    await revokeToken(config, 'R1', 'refresh_token', { fetch });
    expect(calls[0]!.url.href).toBe('https://auth.test/oauth/revoke');
    expect(form(calls[0]!)).toEqual({ token: 'R1', token_type_hint: 'refresh_token', client_id: 'client-1' });
  });
});
