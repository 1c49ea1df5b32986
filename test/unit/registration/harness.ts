import { fakeBrowser } from 'wxt/testing';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { createHttpClient } from '@/lib/http/client';
import { createJob, type JobStore } from '@/lib/registration/jobs';
import { parseText } from '@/lib/registration/parse';
import type { Plan } from '@/lib/registration/plan';
import { prepareRegistration } from '@/lib/registration/prepare';
import type {
  EventRef,
  RegisterOptions,
  RegistrationProvider,
} from '@/lib/registration/registration-provider';
import { createRegistrationRunner, type JobProgress, type RunnerOptions } from '@/lib/registration/runner';
import { createZoomRegistrationProvider } from '@/lib/providers/zoom/registration';
import { createRegistrationJobStore } from '@/lib/storage';
import { createZoomClient } from '@/lib/providers/zoom/client';
import { createZoomPaths } from '@/lib/providers/zoom/paths';
import { type Sandbox, startSandbox } from '../../sandbox/server';

export const SEED = {
  noRegistration: '81000000001',
  autoApproval: '81000000002',
  manualApproval: '81000000003',
  recurring: '81000000004',
  over: '81000000005',
  webinar: '92000000001',
} as const;

export const emails = (n: number, prefix = 'guest') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@example.org`);

/**
 * The engine wired as the background wires it, against the in-process sandbox. Time is the
 * sandbox's clock: every sleep (the HTTP client's, the pacer's, the runner's) moves it instead of
 * waiting, so per-second windows and the 00:00 GMT reset pass in microseconds.
 */
export function registrationHarness() {
  const ctx = {} as { sandbox: Sandbox };
  beforeAll(async () => {
    ctx.sandbox = await startSandbox();
  });
  afterAll(async () => {
    await ctx.sandbox.close();
  });
  beforeEach(() => {
    ctx.sandbox.reset();
    fakeBrowser.reset();
  });

  function setup() {
    const sandbox = ctx.sandbox;
    /** The size of every batch body sent, in order (the request log has no bodies). */
    const batchSizes: number[] = [];
    /** Who each batch call carried and what Zoom answered (0: no answer). */
    const batches: { emails: string[]; status: number }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!(request.method === 'POST' && request.url.includes('batch_registrants'))) return fetch(request);
      const body = JSON.parse(await request.clone().text()) as { registrants: { email: string }[] };
      const entry = { emails: body.registrants.map((r) => r.email.toLowerCase()), status: 0 };
      batchSizes.push(entry.emails.length);
      batches.push(entry);
      const response = await fetch(request);
      entry.status = response.status;
      return response;
    };
    let token = sandbox.issueTokens().access_token;
    const now = () => sandbox.clock.now();
    const sleep = async (ms: number) => sandbox.clock.advance(ms);
    const http = createHttpClient({
      prefixUrl: `${sandbox.url}/v2`,
      getAccessToken: async () => token,
      // A clock jump past midnight outlives the access token: sign in again, as the auth layer would.
      forceRefresh: async () => (token = sandbox.issueTokens().access_token),
      fetch: recording,
      sleep,
      now,
    });
    const zoom = createZoomClient({ http, paths: createZoomPaths({ level: 'user' }) });
    const provider = createZoomRegistrationProvider({ zoom, now, sleep });
    const scheduler = { schedule: vi.fn(), cancel: vi.fn() };
    const progress: JobProgress[] = [];
    const runner = (
      p: RegistrationProvider = provider,
      store: JobStore = createRegistrationJobStore(),
      extra: Partial<RunnerOptions> = {},
    ) =>
      createRegistrationRunner({
        ...extra,
        store,
        provider: () => p,
        scheduler,
        onProgress: (job) => progress.push(job),
        now,
        sleep,
      });

    /** Parses pasted text, plans against the live event and makes the job, as a view would. */
    async function job(ref: EventRef, text: string, options: RegisterOptions = {}, id = 'job-1') {
      const plan = await prepareRegistration(provider, ref, parseText(text).people, options);
      if (!plan.ok) throw new Error(plan.reason);
      return { plan: plan as Plan, job: createJob(plan, { id, now: now(), provider: 'zoom' }) };
    }

    const registrants = (id: string) => {
      const session = [...sandbox.state.meetings, ...sandbox.state.webinars].find((s) => String(s.id) === id);
      return session?.registrants ?? [];
    };
    const calls = (match: RegExp, method = 'POST') =>
      sandbox.requests().filter((r) => r.method === method && match.test(r.path));

    return {
      sandbox,
      zoom,
      provider,
      scheduler,
      progress,
      runner,
      job,
      registrants,
      calls,
      batchSizes,
      batches,
      now,
      sleep,
    };
  }

  return { ctx, setup };
}

/** Adds people straight to the sandbox (they are "already registered"), outside the request log. */
export async function preRegister(
  h: ReturnType<ReturnType<typeof registrationHarness>['setup']>,
  id: string,
  list: string[],
) {
  for (let i = 0; i < list.length; i += 30) {
    const registrants = list.slice(i, i + 30).map((email) => ({ email, first_name: 'Pre' }));
    await h.zoom.registrants.batch(id, { registrants });
  }
  h.sandbox.clearRequests();
  h.batchSizes.length = 0;
  h.batches.length = 0;
}
