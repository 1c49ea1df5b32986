import { afterAll, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHttpClient } from '@/lib/http/client';
import { createWebexClient } from '@/lib/providers/webex/client';
import type { WebexMeeting } from '@/lib/providers/webex/schemas';
import { type Sandbox, startSandbox } from '../../../sandbox/server';

/** Seed ids (test/sandbox/webex-seed.json). */
export const WEBEX = {
  training: '5b1e0a8c9d2f4e6a8b0c1d2e3f405162',
  sync: '9c4d2b1a0f3e4d5c6b7a8f9e0d1c2b3a',
  grace: '7a3f1c2e-0000-4000-8000-000000000003',
  linus: '7a3f1c2e-0000-4000-8000-000000000004',
  mallory: '7a3f1c2e-0000-4000-8000-000000000005',
  client: 'sandbox-webex-client',
} as const;

/**
 * The Webex client as the background makes it (shared HTTP client, Webex rate-limit style) against
 * the in-process sandbox. Sleeps move the sandbox clock; `bulkInserts` records who each call carried.
 */
export function webexHarness() {
  const ctx = {} as { sandbox: Sandbox };
  beforeAll(async () => {
    ctx.sandbox = await startSandbox();
  });
  afterAll(async () => {
    await ctx.sandbox.close();
  });
  beforeEach(() => {
    ctx.sandbox.reset();
    ctx.sandbox.webex.revokeAllTokens();
    fakeBrowser.reset();
  });

  function setup() {
    const sandbox = ctx.sandbox;
    const bulkInserts: { emails: string[]; status: number }[] = [];
    const sleeps: number[] = [];
    /** The next N bulkInserts reach Webex but their answers are lost (as a dropped connection). */
    const lost = { count: 0 };
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!(request.method === 'POST' && request.url.includes('/registrants/bulkInsert')))
        return fetch(request);
      const body = JSON.parse(await request.clone().text()) as { items: { email: string }[] };
      const entry = { emails: body.items.map((i) => i.email.toLowerCase()), status: 0 };
      bulkInserts.push(entry);
      const response = await fetch(request);
      entry.status = response.status;
      if (lost.count > 0) {
        lost.count--;
        throw new TypeError('network error: the answer was lost');
      }
      return response;
    };
    let token = sandbox.webex.issueTokens().access_token;
    const now = () => sandbox.clock.now();
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      sandbox.clock.advance(ms);
    };
    const http = createHttpClient({
      prefixUrl: sandbox.webex.base,
      getAccessToken: async () => token,
      forceRefresh: async () => (token = sandbox.webex.issueTokens().access_token),
      rateLimitStyle: 'webex',
      fetch: recording,
      sleep,
      now,
      random: () => 0.5,
    });
    const webex = createWebexClient({ http });
    const meeting = (id: string) => sandbox.webex.state.meetings.find((m) => m.id === id);
    const calls = (match: RegExp, method = 'POST') =>
      sandbox.requests().filter((r) => r.method === method && match.test(r.path));
    return { sandbox, webex, bulkInserts, sleeps, lost, meeting, calls, now, sleep };
  }

  return { ctx, setup };
}

export const people = (n: number, prefix = 'guest') =>
  Array.from({ length: n }, (_, i) => ({
    firstName: `First${i}`,
    lastName: `Last${i}`,
    email: `${prefix}${i}@example.org`,
  }));

/** An ISO instant `days` ahead of the sandbox clock, on the minute. */
export const daysAhead = (sandbox: Sandbox, days: number, minutes = 0) =>
  new Date(
    Math.floor((sandbox.clock.now() + days * 86_400_000 + minutes * 60_000) / 60_000) * 60_000,
  ).toISOString();

/** A series as List Meetings gives it (Webex's own example), with only the fields the schema asks for. */
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
