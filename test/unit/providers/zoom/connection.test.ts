import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { zoomProfileItem } from '@/lib/storage';
import { createZoomConnection } from '@/lib/providers/zoom/connection';
import { ENDPOINTS, REDIRECT } from '@/test/support/auth-session';
import { type Call, fakeFetch, form, json } from '@/test/support/fake-fetch';

const me = {
  id: 'u1',
  email: 'jill@example.com',
  first_name: 'Jill',
  last_name: 'Chill',
  type: 2,
  account_id: 'acc-9',
};

/** A provider: numbered rotating tokens; the API accepts only the latest access token. */
function provider(options: { refuseRefresh?: boolean } = {}) {
  let issued = 0;
  const clock = { now: 1_000_000 };
  const { fetch, calls } = fakeFetch((call: Call) => {
    if (call.url.origin === 'https://auth.test') {
      if (call.url.pathname === '/oauth/revoke') return json({});
      if (options.refuseRefresh && form(call).grant_type === 'refresh_token')
        return json({ error: 'invalid_grant' }, 401);
      issued++;
      return json({ access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, expires_in: 3600 });
    }
    if (call.headers.get('authorization') !== `Bearer access-${issued}`) return json({ code: 124 }, 401);
    if (call.url.pathname.endsWith('/users/me')) return json(me);
    return json({ meetings: [] });
  });
  const connection = (level: 'user' | 'account' = 'user') =>
    createZoomConnection({
      redirectUrl: REDIRECT,
      launchWebAuthFlow: async (url) => `${REDIRECT}?code=C&state=${new URL(url).searchParams.get('state')}`,
      resolveEndpoints: async () => ENDPOINTS,
      fetch,
      now: () => clock.now,
      sleep: async () => {},
      level,
    });
  return { connection, calls, clock, expire: () => issued++ };
}

describe('the Zoom connection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('signs in, stores the profile and reports it in the status', async () => {
    const zoom = provider().connection();
    await expect(zoom.signIn()).resolves.toMatchObject({
      displayName: 'Jill Chill',
      accountType: 'licensed',
    });
    await expect(zoomProfileItem.get()).resolves.toMatchObject({
      email: 'jill@example.com',
      accountId: 'acc-9',
    });
    await expect(zoom.status()).resolves.toEqual({
      connected: true,
      user: {
        userId: 'u1',
        displayName: 'Jill Chill',
        email: 'jill@example.com',
        accountType: 'licensed',
        accountId: 'acc-9',
      },
    });
  });

  it('refreshes on a 401 from the API and retries, unnoticed by the caller', async () => {
    const p = provider();
    const zoom = p.connection();
    await zoom.signIn();
    p.expire(); // the provider moves on: the stored access token is now refused
    await expect(zoom.api.meetings.list()).resolves.toEqual({ meetings: [] });
    const api = p.calls.filter((c) => c.url.origin === 'https://api.test');
    expect(api.at(-1)?.url.pathname).toBe('/v2/users/me/meetings');
  });

  it('uses account-level paths with the account id of the signed-in user', async () => {
    const p = provider();
    const zoom = p.connection('account');
    await zoom.signIn();
    await zoom.api.meetings.list();
    expect(p.calls.at(-1)?.url.pathname).toBe('/v2/accounts/acc-9/users/me/meetings');
  });

  it('shows why the person was signed out after a refused refresh', async () => {
    const p = provider({ refuseRefresh: true });
    const zoom = p.connection();
    await zoom.signIn();
    p.clock.now += 4_000_000;
    await expect(zoom.api.meetings.list()).rejects.toMatchObject({ kind: 'signed-out' });
    await expect(zoom.status()).resolves.toEqual({
      connected: false,
      reason: 'Your Zoom session ended; sign in again.',
    });
  });

  it('signs out to a plain disconnected status', async () => {
    const zoom = provider().connection();
    await zoom.signIn();
    await zoom.signOut();
    await expect(zoom.status()).resolves.toEqual({ connected: false });
  });
});
