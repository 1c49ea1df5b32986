import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from '@/lib/http/client';
import { fakeFetch, inOrder, json } from '@/test/support/fake-fetch';

// `rateLimitStyle: 'webex'`: Webex's 429 carries only Retry-After seconds and its 423 Locked is a
// wait too; Zoom's reading (the default) is unchanged.

const ok = () => json({ ok: true });
const refused =
  (status: number, retryAfter: string | null, message = 'Too many requests') =>
  () =>
    new Response(JSON.stringify({ message, errors: [{ description: message }], trackingId: 't' }), {
      status,
      headers: retryAfter === null ? {} : { 'Retry-After': retryAfter },
    });

function client(style: 'zoom' | 'webex' | undefined, ...replies: (() => Response)[]) {
  const { fetch, calls } = fakeFetch(inOrder(...replies));
  const sleeps: number[] = [];
  const http = createHttpClient({
    prefixUrl: 'https://api.test/v1',
    getAccessToken: async () => 'T',
    forceRefresh: async () => 'T',
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...(style ? { rateLimitStyle: style } : {}),
  });
  const get = () => http.request('GET', 'x', { schema: z.object({ ok: z.boolean() }) });
  return { get, calls, sleeps, http };
}

describe("createHttpClient's Webex rate-limit style", () => {
  it('waits a 423 for its Retry-After seconds, then retries', async () => {
    const c = client('webex', refused(423, '3'), ok);
    await expect(c.get()).resolves.toEqual({ ok: true });
    expect(c.sleeps).toEqual([3000]);
  });

  it('reads every 429 as a per-second wait, even one whose message says "daily"', async () => {
    const c = client('webex', refused(429, '2', 'daily quota reached'), ok);
    await expect(c.get()).resolves.toEqual({ ok: true });
    expect(c.sleeps).toEqual([2000]);
  });

  it('backs off when a 423 gives no Retry-After, and gives up with the status it met', async () => {
    const c = client('webex', refused(423, null));
    await expect(c.get()).rejects.toMatchObject({ kind: 'rate-limited', status: 423 });
    expect(c.sleeps).toHaveLength(3);
    expect(c.calls).toHaveLength(4);
  });

  it('leaves Zoom alone: a 423 is an error, a daily 429 is a daily limit', async () => {
    await expect(client(undefined, refused(423, '1')).get()).rejects.toMatchObject({
      kind: 'http',
      status: 423,
    });
    await expect(
      client('zoom', refused(429, '1', 'You have exceeded the daily rate limit')).get(),
    ).rejects.toMatchObject({
      kind: 'daily-limit',
    });
  });

  it('hands a successful answer’s headers to onHeaders (Webex pages by Link)', async () => {
    const { fetch } = fakeFetch(
      () => new Response('{"ok":true}', { headers: { Link: '<https://n>; rel="next"' } }),
    );
    const http = createHttpClient({
      prefixUrl: 'https://api.test/v1',
      getAccessToken: async () => 'T',
      forceRefresh: async () => 'T',
      fetch,
    });
    let link: string | null = null;
    await http.request('GET', 'x', {
      schema: z.object({ ok: z.boolean() }),
      onHeaders: (h) => (link = h.get('link')),
    });
    expect(link).toBe('<https://n>; rel="next"');
  });
});
