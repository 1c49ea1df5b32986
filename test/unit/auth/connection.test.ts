import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { z } from 'zod';
import { type ConnectionSpec, createConnection } from '@/lib/auth/connection';
import type { HttpClient } from '@/lib/http/client';
import { ApiError } from '@/lib/http/errors';
import { zoomSession } from '@/lib/providers/zoom/connection';
import { zoomHttpDialect } from '@/lib/providers/zoom/http-dialect';
import { zoomGrantItem, type ZoomProfile, zoomProfileItem } from '@/lib/storage';
import { ENDPOINTS, REDIRECT } from '@/test/support/auth-session';
import { fakeFetch, json } from '@/test/support/fake-fetch';

const profile: ZoomProfile = {
  userId: 'u1',
  displayName: 'Jill Chill',
  email: 'jill@example.com',
  accountType: 'licensed',
  accountId: 'acc-9',
};

/** A provider spec on Zoom's session (its storage); the profile read is the test's to steer. */
function connect(options: { decline?: boolean } = {}) {
  const readProfile = vi.fn(async () => profile);
  const { fetch, calls } = fakeFetch((call) => {
    if (call.url.pathname === '/oauth/revoke') return json({});
    if (call.url.pathname === '/oauth/token') {
      return json({ access_token: 'access-1', refresh_token: 'refresh-1', expires_in: 3600 });
    }
    return json({ ok: true });
  });
  const spec: ConnectionSpec<ZoomProfile, HttpClient> = {
    session: zoomSession(),
    dialect: {
      ...zoomHttpDialect,
      messages: { ...zoomHttpDialect.messages, unexpected: 'The provider answered in an unexpected way.' },
    },
    client: (http) => ({ api: http, readProfile }),
    wordSignInError: (error) =>
      error instanceof ApiError
        ? new ApiError({ kind: error.kind, message: `Worded: ${error.message}` })
        : error,
  };
  const connection = createConnection(spec, {
    redirectUrl: REDIRECT,
    launchWebAuthFlow: async (url) => {
      const state = new URL(url).searchParams.get('state');
      return options.decline
        ? `${REDIRECT}?error=access_denied&state=${state}`
        : `${REDIRECT}?code=C&state=${state}`;
    },
    resolveEndpoints: async () => ENDPOINTS,
    fetch,
    sleep: async () => {},
  });
  return { connection, readProfile, calls };
}

describe('a provider connection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('signs in, saves who signed in, and its API sends the session’s token to the grant’s server', async () => {
    const { connection, calls } = connect();
    await expect(connection.signIn()).resolves.toEqual(profile);
    await expect(zoomProfileItem.get()).resolves.toEqual(profile);
    await expect(connection.status()).resolves.toEqual({ connected: true, user: profile });
    await connection.api.request('GET', 'users/me', { schema: z.unknown() });
    expect(calls.at(-1)!.url.href).toBe('https://api.test/v2/users/me');
    expect(calls.at(-1)!.headers.get('authorization')).toBe('Bearer access-1');
  });

  it('undoes a sign-in whose profile cannot be read: half a sign-in is worse than none', async () => {
    const { connection, readProfile } = connect();
    readProfile.mockRejectedValueOnce(new ApiError({ kind: 'server', message: 'Down.' }));
    await expect(connection.signIn()).rejects.toMatchObject({ message: 'Down.' });
    await expect(zoomGrantItem.get()).resolves.toBeNull();
    await expect(connection.status()).resolves.toEqual({ connected: false });
  });

  it('words a refused sign-in in the provider’s words, and saves nothing', async () => {
    const { connection } = connect({ decline: true });
    await expect(connection.signIn()).rejects.toMatchObject({
      kind: 'sign-in-failed',
      message: 'Worded: Access to Zoom was declined; nothing was saved.',
    });
    await expect(zoomGrantItem.get()).resolves.toBeNull();
  });

  it('says why the account is unknown when the saved profile is gone and cannot be read', async () => {
    const { connection, readProfile } = connect();
    await connection.signIn();
    await zoomProfileItem.set(null);
    readProfile.mockRejectedValueOnce(new ApiError({ kind: 'network', message: 'Offline.' }));
    await expect(connection.status()).resolves.toEqual({ connected: false, reason: 'Offline.' });
    readProfile.mockRejectedValueOnce(new TypeError('boom'));
    await expect(connection.status()).resolves.toEqual({
      connected: false,
      reason: 'The provider answered in an unexpected way.',
    });
    await expect(connection.status()).resolves.toEqual({ connected: true, user: profile });
  });
});
