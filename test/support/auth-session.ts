import { fakeBrowser } from 'wxt/testing';
import { createAuthSession } from '@/lib/auth/session';
import { zoomSession } from '@/lib/providers/zoom/connection';
import type { ZoomEndpoints } from '@/lib/storage';
import { type Call, fakeFetch, form, json, type Reply } from './fake-fetch';

export const ENDPOINTS: ZoomEndpoints = {
  preset: 'custom',
  oauthBase: 'https://auth.test',
  apiBase: 'https://api.test/v2',
  clientId: 'client-1',
};
export const REDIRECT = 'https://ext.chromiumapp.org/';

/** A token endpoint that issues numbered, rotating tokens, unless a test overrides an answer. */
export function fakeTokenSession(
  overrides: { token?: (call: Call) => Reply | undefined; revoke?: () => Reply } = {},
) {
  let issued = 0;
  const clock = { now: 1_000_000 };
  const endpoints = { ...ENDPOINTS };
  const { fetch, calls } = fakeFetch((call) => {
    if (call.url.pathname === '/oauth/revoke') return overrides.revoke ? overrides.revoke() : json({});
    const override = overrides.token?.(call);
    if (override) return override;
    issued++;
    return json({ access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, expires_in: 3600 });
  });
  const session = createAuthSession({
    ...zoomSession(),
    redirectUrl: REDIRECT,
    launchWebAuthFlow: async (url) => `${REDIRECT}?code=CODE&state=${new URL(url).searchParams.get('state')}`,
    resolveEndpoints: async () => endpoints,
    fetch,
    now: () => clock.now,
  });
  const tokenCalls = () => calls.filter((c) => c.url.pathname === '/oauth/token').map(form);
  return { session, calls, tokenCalls, clock, endpoints };
}

export async function everything(area: 'local' | 'session') {
  return JSON.stringify(await fakeBrowser.storage[area].get(null));
}
