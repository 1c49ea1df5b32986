// A Webex client over a fake fetch, for the popup's Webex account: the real client and schemas, so
// a row Webex would not send is refused as it would be in the extension.
import { createHttpClient } from '@/lib/http/client';
import { ApiError } from '@/lib/http/errors';
import { createWebexClient } from '@/lib/providers/webex/client';
import { WEBEX_MESSAGES } from '@/lib/providers/webex/errors';
import { type Call, fakeFetch, json, type Reply } from '../http/fake-fetch';

export const TRAINING = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
export const SYNC = '9c4d2b1a0f3e4d5c6b7a8f9e0d1c2b3a';
export const webexProfile = { userId: 'w1', displayName: 'Wendy', email: 'w@x', orgId: 'o' };

const MINUTE = 60_000;

/** A `GET /meetings/{id}` / list item, as the sandbox serialises one. */
export function webexMeeting(id: string, title: string, start: string, minutes = 60, extra: object = {}) {
  return {
    id,
    meetingNumber: '26512345678',
    title,
    password: 'Train42',
    meetingType: 'meetingSeries',
    state: 'active',
    timezone: 'Europe/Paris',
    start,
    end: new Date(Date.parse(start) + minutes * MINUTE).toISOString(),
    hostDisplayName: 'Wendy Host',
    hostEmail: 'host@webex-sandbox.example',
    webLink: `https://sandbox.webex.example/j/${id.slice(0, 6)}`,
    sipAddress: '26512345678@sandbox.webex.example',
    scheduledType: 'meeting',
    telephony: {
      accessCode: '26512345678',
      callInNumbers: [
        { label: 'Call-in toll number (US/Canada)', callInNumber: '+1-555-0100', tollType: 'toll' },
      ],
    },
    ...extra,
  };
}

/** Answers by `METHOD path` (path without `/v1/`); anything else is Webex's 404. */
export function webexRoutes(routes: Record<string, (call: Call) => Reply>) {
  return (call: Call): Reply => {
    const key = `${call.method} ${call.url.pathname.replace(/^\/v1\//, '')}`;
    const answer = routes[key];
    if (answer) return answer(call);
    return json({ message: 'The requested resource could not be found.', trackingId: 't' }, 404);
  };
}

export function webexFake(respond: (call: Call) => Reply, options: { signedOut?: boolean } = {}) {
  const { fetch, calls } = fakeFetch(respond);
  const http = createHttpClient({
    prefixUrl: 'https://webex.test/v1',
    getAccessToken: async () => {
      if (options.signedOut) throw new ApiError({ kind: 'signed-out', message: WEBEX_MESSAGES.sessionEnded });
      return 'W';
    },
    forceRefresh: async () => 'W',
    rateLimitStyle: 'webex',
    fetch,
    sleep: async () => {},
  });
  const query = (call: Call) => Object.fromEntries(call.url.searchParams);
  return { webex: createWebexClient({ http }), calls, query };
}
