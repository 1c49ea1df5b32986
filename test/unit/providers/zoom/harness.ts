import { createHttpClient } from '@/lib/http/client';
import { createZoomClient } from '@/lib/providers/zoom/client';
import { createZoomPaths, type ZoomApiLevel } from '@/lib/providers/zoom/paths';
import { type Call, fakeFetch, json, type Reply } from '../../http/fake-fetch';

/** A Zoom client over a fake fetch; `sent()` is what the last request looked like. */
export function zoomHarness(
  respond: (call: Call, index: number) => Reply = () => json({}),
  level: ZoomApiLevel = { level: 'user' },
) {
  const { fetch, calls } = fakeFetch(respond);
  const http = createHttpClient({
    prefixUrl: 'https://api.test/v2',
    getAccessToken: async () => 'T',
    forceRefresh: async () => 'T',
    fetch,
    sleep: async () => {},
  });
  const zoom = createZoomClient({ http, paths: createZoomPaths(level) });
  const describe = (call: Call) => ({
    method: call.method,
    path: call.url.pathname.replace(/^\/v2\//, ''),
    query: Object.fromEntries(call.url.searchParams),
    body: call.body ? JSON.parse(call.body) : undefined,
  });
  return { zoom, calls, sent: () => describe(calls.at(-1)!), all: () => calls.map(describe) };
}

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
