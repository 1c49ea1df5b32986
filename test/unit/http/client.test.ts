import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHttpClient } from '@/lib/http/client';
import type { HttpDialect } from '@/lib/http/dialect';
import { ApiError } from '@/lib/http/errors';
import { zoomHttpDialect } from '@/lib/providers/zoom/http-dialect';
import { type Call, fakeFetch, inOrder, json, noContent, type Reply } from '@/test/support/fake-fetch';

const NOW = Date.UTC(2026, 2, 10, 15, 30, 0);
const Thing = z.object({ id: z.number() });
const ok = () => json({ id: 1 });

// The client as Zoom's dialect steers it; the last test gives it a dialect of no real provider.
function setup(
  respond: (call: Call, index: number) => Reply,
  overrides: { timeoutMs?: number; dialect?: HttpDialect } = {},
) {
  const { fetch, calls } = fakeFetch(respond);
  const waits: number[] = [];
  let token = 'token-1';
  const forceRefresh = vi.fn(async (_rejected: string) => {
    token = 'token-2';
    return token;
  });
  const http = createHttpClient({
    prefixUrl: 'https://api.test/v2',
    getAccessToken: async () => token,
    forceRefresh,
    fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
    now: () => NOW,
    dialect: zoomHttpDialect,
    ...overrides,
  });
  return { http, calls, waits, forceRefresh };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw error;
  return error;
}

describe('the HTTP client', () => {
  it('sends the bearer token to the prefixed path, without empty query values, and parses the answer', async () => {
    const { http, calls } = setup(ok);
    const result = await http.request('GET', 'users/me/meetings', {
      schema: Thing,
      searchParams: { type: 'upcoming', page_size: 30, next_page_token: undefined },
    });
    expect(result).toEqual({ id: 1 });
    expect(calls[0]!.url.href).toBe('https://api.test/v2/users/me/meetings?type=upcoming&page_size=30');
    expect(calls[0]!.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('sends a JSON body', async () => {
    const { http, calls } = setup(ok);
    await http.request('POST', 'x', { schema: Thing, json: { topic: 'T' } });
    expect(calls[0]!.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(calls[0]!.body)).toEqual({ topic: 'T' });
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    const { http, calls, forceRefresh } = setup(inOrder(() => json({ code: 124 }, 401), ok));
    await expect(http.request('POST', 'x', { schema: Thing })).resolves.toEqual({ id: 1 });
    expect(forceRefresh).toHaveBeenCalledExactlyOnceWith('token-1');
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('surfaces a second 401 instead of looping', async () => {
    const { http, calls, forceRefresh } = setup(() =>
      json({ code: 124, message: 'Invalid access token.' }, 401),
    );
    const error = await failure(http.request('GET', 'x', { schema: Thing }));
    expect(error.kind).toBe('unauthorized');
    expect(error.providerCode).toBe(124);
    expect(calls).toHaveLength(2);
    expect(forceRefresh).toHaveBeenCalledOnce();
  });

  it('waits Retry-After seconds on a QPS 429, then retries', async () => {
    const limited = () => json({ code: 429 }, 429, { 'X-RateLimit-Type': 'QPS', 'Retry-After': '2' });
    const { http, calls, waits } = setup(inOrder(limited, ok));
    await expect(http.request('POST', 'x', { schema: Thing })).resolves.toEqual({ id: 1 });
    expect(waits).toEqual([2000]);
    expect(calls).toHaveLength(2);
  });

  it('waits until a Retry-After date on a QPS 429', async () => {
    const at = new Date(NOW + 5000).toUTCString();
    const limited = () => json({}, 429, { 'X-RateLimit-Type': 'QPS', 'Retry-After': at });
    const { http, waits } = setup(inOrder(limited, ok));
    await http.request('GET', 'x', { schema: Thing });
    expect(waits).toEqual([5000]);
  });

  it('gives up on QPS 429s after three retries, saying when to try again', async () => {
    const { http, calls, waits } = setup(() =>
      json({}, 429, { 'X-RateLimit-Type': 'QPS', 'Retry-After': '1' }),
    );
    const error = await failure(http.request('GET', 'x', { schema: Thing }));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 1000 });
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([1000, 1000, 1000]);
  });

  it('does not retry a daily limit, and carries its reset time', async () => {
    const reset = Date.UTC(2026, 2, 11);
    const headers = { 'X-RateLimit-Type': 'Daily-limit', 'Retry-After': new Date(reset).toUTCString() };
    const { http, calls, waits } = setup(() => json({ code: 429, message: 'daily' }, 429, headers));
    const error = await failure(http.request('POST', 'x', { schema: Thing }));
    expect(error).toMatchObject({ kind: 'daily-limit', resetAt: reset, status: 429 });
    expect(error.message).toContain('2026-03-11T00:00:00Z');
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a GET after a 5xx with back-off', async () => {
    const { http, calls, waits } = setup(
      inOrder(
        () => json({}, 503),
        () => json({}, 502),
        ok,
      ),
    );
    await expect(http.request('GET', 'x', { schema: Thing })).resolves.toEqual({ id: 1 });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([375, 750]);
  });

  it('honours a longer Retry-After on a 503', async () => {
    const { http, waits } = setup(inOrder(() => json({}, 503, { 'Retry-After': '3' }), ok));
    await http.request('GET', 'x', { schema: Thing });
    expect(waits).toEqual([3000]);
  });

  it('does not retry a POST after a 5xx', async () => {
    const { http, calls } = setup(inOrder(() => json({}, 500), ok));
    expect((await failure(http.request('POST', 'x', { schema: Thing }))).kind).toBe('server');
    expect(calls).toHaveLength(1);
  });

  it('stops retrying a GET after two 5xx retries', async () => {
    const { http, calls } = setup(() => json({}, 504));
    expect((await failure(http.request('GET', 'x', { schema: Thing }))).kind).toBe('server');
    expect(calls).toHaveLength(3);
  });

  it('retries a GET after a network failure, but not a POST', async () => {
    const get = setup(inOrder(() => new TypeError('Failed to fetch'), ok));
    await expect(get.http.request('GET', 'x', { schema: Thing })).resolves.toEqual({ id: 1 });
    expect(get.calls).toHaveLength(2);
    const post = setup(inOrder(() => new TypeError('Failed to fetch'), ok));
    expect((await failure(post.http.request('POST', 'x', { schema: Thing }))).kind).toBe('network');
    expect(post.calls).toHaveLength(1);
  });

  it('times out a request that never answers', async () => {
    const { http } = setup(() => new Promise<Response>(() => {}), { timeoutMs: 20 });
    const error = await failure(http.request('POST', 'x', { schema: Thing }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/too long/);
  });

  it('turns an answer of the wrong shape into "unexpected"', async () => {
    const { http } = setup(() => json({ id: 'not a number' }));
    const error = await failure(http.request('GET', 'x', { schema: Thing }));
    expect(error).toMatchObject({
      kind: 'unexpected-response',
      message: 'Zoom answered in an unexpected way.',
    });
  });

  it('turns a body that is not JSON into "unexpected"', async () => {
    const { http } = setup(() => new Response('<html></html>', { status: 200 }));
    expect((await failure(http.request('GET', 'x', { schema: Thing }))).kind).toBe('unexpected-response');
  });

  it('hands a 204 to the schema as undefined', async () => {
    const { http } = setup(noContent);
    await expect(http.request('DELETE', 'x', { schema: z.undefined() })).resolves.toBeUndefined();
  });

  it('maps Zoom’s error body to a sentence', async () => {
    const { http } = setup(() => json({ code: 3001, message: 'Meeting does not exist: 5.' }, 404));
    const error = await failure(http.request('GET', 'x', { schema: Thing }));
    expect(error).toMatchObject({ kind: 'not-found', providerCode: 3001, status: 404 });
    expect(error.message).toMatch(/does not exist on Zoom/);
  });

  it('says only what the dialect it was given says, and waits when that dialect reads a wait', async () => {
    const acme: HttpDialect = {
      messages: {
        network: 'Acme is out of reach.',
        timeout: 'Acme is slow.',
        unexpected: 'Acme said something odd.',
        rateLimited: 'Acme is busy.',
        server: 'Acme is down.',
        sessionEnded: 'Acme let you go.',
        notSignedIn: 'Acme does not know you.',
      },
      readError: async (response) => ({ message: await response.text() }),
      refusal: (status, body) => `Acme refused (${status}): ${body.message}`,
      readLimit: (response) =>
        response.status === 420
          ? { daily: false, waitMs: 1234, message: 'Acme asks you to calm down.' }
          : undefined,
    };
    const waited = setup(
      inOrder(() => new Response('slow down', { status: 420 }), ok),
      { dialect: acme },
    );
    await expect(waited.http.request('GET', 'x', { schema: Thing })).resolves.toEqual({ id: 1 });
    expect(waited.waits).toEqual([1234]);

    const refused = setup(() => new Response('no such thing', { status: 404 }), { dialect: acme });
    expect(await failure(refused.http.request('GET', 'x', { schema: Thing }))).toMatchObject({
      kind: 'not-found',
      message: 'Acme refused (404): no such thing',
    });
    const odd = setup(() => json({ id: 'one' }), { dialect: acme });
    expect((await failure(odd.http.request('GET', 'x', { schema: Thing }))).message).toBe(
      'Acme said something odd.',
    );
    const offline = setup(() => new TypeError('Failed to fetch'), { dialect: acme });
    expect((await failure(offline.http.request('POST', 'x', { schema: Thing }))).message).toBe(
      'Acme is out of reach.',
    );
  });
});
