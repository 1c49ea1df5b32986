import { afterAll, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '@/lib/http/client';
import { createWebexClient } from '@/lib/providers/webex/client';
import { webexHttpDialect } from '@/lib/providers/webex/http-dialect';
import { createZoomClient } from '@/lib/providers/zoom/client';
import { zoomHttpDialect } from '@/lib/providers/zoom/http-dialect';
import { createZoomPaths } from '@/lib/providers/zoom/paths';
import { type Sandbox, startSandbox } from '@/test/sandbox/server';

/** What differs between the providers in the sandbox: where they live and how they batch people. */
const PROVIDERS = {
  zoom: {
    oauth: (sandbox: Sandbox) => sandbox,
    prefixUrl: (sandbox: Sandbox) => `${sandbox.url}/v2`,
    batchPath: 'batch_registrants',
    batchPeople: (body: { registrants: { email: string }[] }) => body.registrants,
    http: { dialect: zoomHttpDialect } as Pick<HttpClientOptions, 'dialect' | 'random'>,
    client: (http: HttpClient) => createZoomClient({ http, paths: createZoomPaths({ level: 'user' }) }),
    meeting: (sandbox: Sandbox, id: string) =>
      [...sandbox.state.meetings, ...sandbox.state.webinars].find((s) => String(s.id) === id),
  },
  webex: {
    oauth: (sandbox: Sandbox) => sandbox.webex,
    prefixUrl: (sandbox: Sandbox) => sandbox.webex.base,
    batchPath: '/registrants/bulkInsert',
    batchPeople: (body: { items: { email: string }[] }) => body.items,
    http: { dialect: webexHttpDialect, random: () => 0.5 } as Pick<HttpClientOptions, 'dialect' | 'random'>,
    client: (http: HttpClient) => createWebexClient({ http }),
    meeting: (sandbox: Sandbox, id: string) => sandbox.webex.state.meetings.find((m) => m.id === id),
  },
};
type Providers = typeof PROVIDERS;
export type SandboxApiProvider = keyof Providers;

/**
 * A provider's client as the background makes it (the shared HTTP client, the provider's dialect)
 * against the in-process sandbox. Time is the sandbox's clock: every sleep moves it instead
 * of waiting. `batches` records who each batch call carried and what came back (the request log has
 * no bodies); `lost.count` makes the next batch answers go missing, as on a dropped connection.
 */
export function sandboxApi<P extends SandboxApiProvider>(provider: P) {
  const p: Providers[SandboxApiProvider] = PROVIDERS[provider];
  const ctx = {} as { sandbox: Sandbox };
  beforeAll(async () => {
    ctx.sandbox = await startSandbox();
  });
  afterAll(async () => {
    await ctx.sandbox.close();
  });
  beforeEach(() => {
    ctx.sandbox.reset();
    p.oauth(ctx.sandbox).revokeAllTokens();
    fakeBrowser.reset();
  });

  function setup() {
    const sandbox = ctx.sandbox;
    /** Who each batch call carried and what the provider answered (0: no answer). */
    const batches: { emails: string[]; status: number }[] = [];
    /** The size of every batch sent, in order. */
    const batchSizes: number[] = [];
    const sleeps: number[] = [];
    const lost = { count: 0 };
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!(request.method === 'POST' && request.url.includes(p.batchPath))) return fetch(request);
      const body = JSON.parse(await request.clone().text());
      const entry = { emails: p.batchPeople(body).map((r) => r.email.toLowerCase()), status: 0 };
      batchSizes.push(entry.emails.length);
      batches.push(entry);
      const response = await fetch(request);
      entry.status = response.status;
      if (lost.count > 0) {
        lost.count--;
        throw new TypeError('network error: the answer was lost');
      }
      return response;
    };
    let token = p.oauth(sandbox).issueTokens().access_token;
    const now = () => sandbox.clock.now();
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      sandbox.clock.advance(ms);
    };
    const http = createHttpClient({
      prefixUrl: p.prefixUrl(sandbox),
      getAccessToken: async () => token,
      // A clock jump past midnight outlives the access token: sign in again, as the auth layer would.
      forceRefresh: async () => (token = p.oauth(sandbox).issueTokens().access_token),
      fetch: recording,
      sleep,
      now,
      ...p.http,
    });
    const client = { [provider]: p.client(http) } as { [K in P]: ReturnType<Providers[K]['client']> };
    const meeting = (id: string) => p.meeting(sandbox, id) as ReturnType<Providers[P]['meeting']>;
    const calls = (match: RegExp, method = 'POST') =>
      sandbox.requests().filter((r) => r.method === method && match.test(r.path));
    return { sandbox, ...client, batches, batchSizes, sleeps, lost, meeting, calls, now, sleep };
  }

  return { ctx, setup };
}
