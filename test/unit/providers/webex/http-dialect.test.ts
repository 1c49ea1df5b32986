import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from '@/lib/http/client';
import type { HttpDialect } from '@/lib/http/dialect';
import { WEBEX_MESSAGES } from '@/lib/providers/webex/errors';
import { webexHttpDialect } from '@/lib/providers/webex/http-dialect';
import { zoomHttpDialect } from '@/lib/providers/zoom/http-dialect';
import { fakeFetch, inOrder, json } from '@/test/support/fake-fetch';

// Webex's dialect: its 429 carries only Retry-After seconds and its 423 Locked is a wait too; Zoom's
// reading is another dialect's, unchanged.

const ok = () => json({ ok: true });
const refused =
  (status: number, retryAfter: string | null, message = 'Too many requests') =>
  () =>
    new Response(JSON.stringify({ message, errors: [{ description: message }], trackingId: 't' }), {
      status,
      headers: retryAfter === null ? {} : { 'Retry-After': retryAfter },
    });

function client(dialect: HttpDialect, ...replies: (() => Response)[]) {
  const { fetch, calls } = fakeFetch(inOrder(...replies));
  const sleeps: number[] = [];
  const http = createHttpClient({
    prefixUrl: 'https://api.test/v1',
    getAccessToken: async () => 'T',
    forceRefresh: async () => 'T',
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    dialect,
  });
  const get = () => http.request('GET', 'x', { schema: z.object({ ok: z.boolean() }) });
  return { get, calls, sleeps, http };
}

describe('the shared client speaking Webex', () => {
  it('waits a 423 for its Retry-After seconds, then retries', async () => {
    const c = client(webexHttpDialect, refused(423, '3'), ok);
    await expect(c.get()).resolves.toEqual({ ok: true });
    expect(c.sleeps).toEqual([3000]);
  });

  it('reads every 429 as a per-second wait, even one whose message says "daily"', async () => {
    const c = client(webexHttpDialect, refused(429, '2', 'daily quota reached'), ok);
    await expect(c.get()).resolves.toEqual({ ok: true });
    expect(c.sleeps).toEqual([2000]);
  });

  it('backs off when a 423 gives no Retry-After, and gives up with the status it met', async () => {
    const c = client(webexHttpDialect, refused(423, null));
    await expect(c.get()).rejects.toMatchObject({
      kind: 'rate-limited',
      status: 423,
      message: WEBEX_MESSAGES.locked,
    });
    expect(c.sleeps).toHaveLength(3);
    expect(c.calls).toHaveLength(4);
  });

  it('words refusals as Webex does: its own sentence, or ours by status', async () => {
    await expect(
      client(webexHttpDialect, refused(400, null, 'Title is too long.')).get(),
    ).rejects.toMatchObject({
      kind: 'http',
      message: 'Webex refused the request: Title is too long.',
      providerMessage: 'Title is too long.',
    });
    await expect(client(webexHttpDialect, refused(404, null)).get()).rejects.toMatchObject({
      kind: 'not-found',
      message: WEBEX_MESSAGES.notFound,
    });
    await expect(
      client(webexHttpDialect, () => new Response('', { status: 409 })).get(),
    ).rejects.toMatchObject({
      message: WEBEX_MESSAGES.conflict,
    });
  });

  it('leaves Zoom alone: a 423 is an error, a daily 429 is a daily limit', async () => {
    await expect(client(zoomHttpDialect, refused(423, '1')).get()).rejects.toMatchObject({
      kind: 'http',
      status: 423,
    });
    await expect(
      client(zoomHttpDialect, refused(429, '1', 'You have exceeded the daily rate limit')).get(),
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
      dialect: webexHttpDialect,
    });
    let link: string | null = null;
    await http.request('GET', 'x', {
      schema: z.object({ ok: z.boolean() }),
      onHeaders: (h) => (link = h.get('link')),
    });
    expect(link).toBe('<https://n>; rel="next"');
  });
});
