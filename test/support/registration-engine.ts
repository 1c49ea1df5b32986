import { vi } from 'vitest';
import { createJob, type JobStore } from '@/lib/registration/jobs';
import { parseText } from '@/lib/registration/parse';
import type { Plan, Refusal } from '@/lib/registration/plan';
import type { Candidate } from '@/lib/registration/person';
import { prepareWithEvent } from '@/lib/registration/prepare';
import type {
  EventRef,
  RegisterOptions,
  RegistrationProvider,
} from '@/lib/registration/registration-provider';
import { createRegistrationRunner, type JobProgress, type RunnerOptions } from '@/lib/registration/runner';
import { createZoomRegistrationProvider } from '@/lib/providers/zoom/registration';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { sandboxApi } from './sandbox-api';

export const emails = (n: number, prefix = 'guest') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}@example.org`);

/** The plan a view shows before anything is sent (the preview, without the event it read). */
export async function prepareRegistration(
  provider: RegistrationProvider,
  ref: EventRef,
  candidates: readonly Candidate[],
  options: RegisterOptions = {},
): Promise<Plan | Refusal> {
  return (await prepareWithEvent(provider, ref, candidates, options)).outcome;
}

/**
 * The engine wired as the background wires it, with Zoom, against the in-process sandbox. Time is
 * the sandbox's clock: every sleep (the HTTP client's, the pacer's, the runner's) moves it instead of
 * waiting, so per-second windows and the 00:00 GMT reset pass in microseconds.
 */
export function registrationHarness() {
  const api = sandboxApi('zoom');

  function setup() {
    const h = api.setup();
    const { zoom, now, sleep } = h;
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

    const registrants = (id: string) => h.meeting(id)?.registrants ?? [];

    return { ...h, provider, scheduler, progress, runner, job, registrants };
  }

  return { ctx: api.ctx, setup };
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
