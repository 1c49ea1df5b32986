import { createHttpClient } from '@/lib/http/client';
import { ApiError } from '@/lib/http/errors';
import { createWebexClient } from '@/lib/providers/webex/client';
import { WEBEX_MESSAGES } from '@/lib/providers/webex/errors';
import { webexHttpDialect } from '@/lib/providers/webex/http-dialect';
import type { WebexMeeting } from '@/lib/providers/webex/schemas';
import { createZoomClient } from '@/lib/providers/zoom/client';
import { zoomHttpDialect } from '@/lib/providers/zoom/http-dialect';
import { createZoomPaths, type ZoomApiLevel } from '@/lib/providers/zoom/paths';
import { type Call, fakeFetch, json, type Reply } from './fake-fetch';
import { WEBEX_SEED } from './sandbox-seed';

// A provider's real client and schemas over a fake fetch: a row the provider would not send is
// refused as it would be in the extension, and every request is recorded.

/** Where each fake lives, the token it accepts, and its "not found". */
const FAKES = {
  zoom: {
    prefixUrl: 'https://api.test/v2',
    version: /^\/v2\//,
    token: 'T',
    notFound: () => json({ code: 3001, message: 'Meeting does not exist.' }, 404),
    dialect: zoomHttpDialect,
  },
  webex: {
    prefixUrl: 'https://webex.test/v1',
    version: /^\/v1\//,
    token: 'W',
    notFound: () => json({ message: 'The requested resource could not be found.', trackingId: 't' }, 404),
    dialect: webexHttpDialect,
  },
};
export type FakeProvider = keyof typeof FAKES;

function fakeHttp(
  provider: FakeProvider,
  respond: (call: Call, index: number) => Reply,
  signedOut?: () => Error,
) {
  const fake = FAKES[provider];
  const { fetch, calls } = fakeFetch(respond);
  const http = createHttpClient({
    prefixUrl: fake.prefixUrl,
    getAccessToken: async () => {
      if (signedOut) throw signedOut();
      return fake.token;
    },
    forceRefresh: async () => fake.token,
    fetch,
    sleep: async () => {},
    dialect: fake.dialect,
  });
  const describe = (call: Call) => ({
    method: call.method,
    path: call.url.pathname.replace(fake.version, ''),
    query: Object.fromEntries(call.url.searchParams),
    body: call.body ? JSON.parse(call.body) : undefined,
  });
  return {
    http,
    calls,
    /** What the last request looked like. */
    sent: () => describe(calls.at(-1)!),
    all: () => calls.map(describe),
    query: (call: Call) => Object.fromEntries(call.url.searchParams),
  };
}

/** Answers by `METHOD path` (path without the version, e.g. `GET users/me/meetings`); anything else is the provider's 404. */
export function answerRoutes(provider: FakeProvider, routes: Record<string, (call: Call) => Reply>) {
  return (call: Call): Reply => {
    const key = `${call.method} ${call.url.pathname.replace(FAKES[provider].version, '')}`;
    const answer = routes[key];
    return answer ? answer(call) : FAKES[provider].notFound();
  };
}

/** A Zoom client over a fake fetch. */
export function fakeZoomApi(
  respond: (call: Call, index: number) => Reply = () => json({}),
  level: ZoomApiLevel = { level: 'user' },
) {
  const fake = fakeHttp('zoom', respond);
  return { ...fake, zoom: createZoomClient({ http: fake.http, paths: createZoomPaths(level) }) };
}

/** A Webex client over a fake fetch, signed in unless told otherwise. */
export function fakeWebexApi(respond: (call: Call) => Reply, options: { signedOut?: boolean } = {}) {
  const signedOut = options.signedOut
    ? () => new ApiError({ kind: 'signed-out', message: WEBEX_MESSAGES.sessionEnded })
    : undefined;
  const fake = fakeHttp('webex', respond, signedOut);
  return { ...fake, webex: createWebexClient({ http: fake.http }) };
}

/** A Zoom meeting as `GET /meetings/{id}` gives it. */
export const meeting = {
  id: 85746065,
  uuid: 'aDYlohsHRtCd4ii1uC2+hA==',
  topic: 'Training',
  type: 2,
  join_url: 'https://zoom.us/j/85746065',
  start_time: '2026-03-25T07:29:29Z',
  duration: 60,
  timezone: 'Europe/Paris',
};

export const TRAINING = WEBEX_SEED.training;
export const SYNC = WEBEX_SEED.sync;
export const webexProfile = { userId: 'w1', displayName: 'Wendy', email: 'w@x', orgId: 'o' };

const MINUTE = 60_000;

/** A Webex `GET /meetings/{id}` / list item, as the sandbox serialises one. */
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

/** A Webex series as List Meetings gives it (Webex's own example), with only the fields the schema asks for. */
export const listedMeeting = (patch: Partial<WebexMeeting> = {}): WebexMeeting => ({
  id: '870f51ff287b41be84648412901e0402',
  title: 'Example Daily Meeting',
  meetingType: 'meetingSeries',
  state: 'active',
  timezone: 'UTC',
  start: '2031-11-01T12:00:00Z',
  end: '2031-11-01T13:00:00Z',
  webLink: 'https://site4-example.webex.com/site4/j.php?MTID=md41817da6a55b0925530cb88b3577b1e',
  ...patch,
});
