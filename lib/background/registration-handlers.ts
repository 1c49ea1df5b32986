import { ApiError } from '../http/errors';
import { inArea } from '../popup/view-errors';
import type { UpcomingItem } from '../protocol/popup';
import type { Target } from '../protocol/registration';
import { createJob, jobResults } from '../registration/jobs';
import { parseInput } from '../registration/parse';
import { prepareWithEvent } from '../registration/prepare';
import { toPreview } from '../registration/preview';
import type { RegistrationProvider } from '../registration/registration-provider';
import type { RegistrationRunner } from '../registration/runner';
import { registrationTargets } from '../registration/targets';
import type { ZoomClient } from '../zoom/client';
import { BATCH_LIMIT } from '../zoom/schemas';
import type { Handlers } from './router';

export interface RegistrationServices {
  api: ZoomClient;
  provider: RegistrationProvider;
  runner: Pick<RegistrationRunner, 'enqueue' | 'pause' | 'resume' | 'cancel' | 'retryFailed' | 'jobs'>;
  upcoming(): Promise<UpcomingItem[]>;
  newId(): string;
  now?: () => number;
}

type RegistrationHandlers = Pick<
  Handlers,
  | 'registration.targets'
  | 'registration.prepare'
  | 'registration.start'
  | 'registration.jobs'
  | 'registration.pause'
  | 'registration.resume'
  | 'registration.cancel'
  | 'registration.retryFailed'
  | 'registration.results'
  | 'registrants.list'
  | 'registrants.updateStatus'
>;

/** An error with a code a view can branch on and a sentence it shows (describe-error.ts reads both). */
export class RegistrationError extends Error {
  constructor(
    readonly code: 'refused' | 'nothing-to-register' | 'no-such-job' | 'not-now' | 'registration-off',
    message: string,
  ) {
    super(message);
  }
}

/** Zoom's answer to a registrant listing of an event without registration: 300 meetings, 3000 webinars. */
const registrationOff = (error: unknown) =>
  error instanceof ApiError && (error.providerCode === 300 || error.providerCode === 3000);

const progressOf = <T extends { chunks: unknown; skipped: unknown }>(job: T) => {
  const { chunks: _c, skipped: _s, ...progress } = job;
  return progress;
};

export function createRegistrationHandlers(services: RegistrationServices): RegistrationHandlers {
  const { api, provider, runner } = services;
  const now = services.now ?? Date.now;
  const registrantsApi = (target: Target) =>
    target.kind === 'meeting' ? api.registrants : api.webinars.registrants;

  async function prepare({
    target,
    input,
    options,
  }: Parameters<RegistrationHandlers['registration.prepare']>[0]) {
    const parsed = parseInput(input);
    const prepared = await inArea('meeting', () =>
      prepareWithEvent(provider, target, parsed.people, options),
    );
    return { parsed, ...prepared };
  }

  /** A control that did nothing (a finished job cannot be paused) says so instead of pretending. */
  const control = async (action: (id: string) => Promise<unknown>, jobId: string, refusal: string) => {
    const job = (await action(jobId)) as Parameters<typeof progressOf>[0] | undefined;
    if (job) return { job: progressOf(job) as never };
    const exists = (await runner.jobs()).some((j) => j.id === jobId);
    if (!exists) throw new RegistrationError('no-such-job', 'This registration job no longer exists.');
    throw new RegistrationError('not-now', refusal);
  };

  return {
    'registration.targets': async () => {
      const upcoming = await inArea('meeting', () => services.upcoming());
      const read = (ref: Target) =>
        ref.kind === 'meeting' ? provider.getMeeting(ref.id) : provider.getWebinar(ref.id);
      return { items: await registrationTargets(upcoming, read) };
    },
    'registration.prepare': async (request) => {
      const { parsed, event, outcome } = await prepare(request);
      return toPreview(parsed, event, outcome, provider.capacity);
    },
    // Plans again rather than trusting a preview: someone may have registered in between, and the
    // worker that made the preview may be gone. The listing is cheap next to a wrong batch.
    'registration.start': async (request) => {
      const { outcome } = await prepare(request);
      if (!outcome.ok) throw new RegistrationError('refused', outcome.reason);
      if (outcome.toRegister.length === 0) {
        throw new RegistrationError(
          'nothing-to-register',
          'Everyone on the list is already registered or listed twice: there is nobody to send.',
        );
      }
      const job = createJob(outcome, { id: services.newId(), now: now(), provider: provider.name });
      await runner.enqueue(job);
      return { jobId: job.id };
    },
    'registration.jobs': async () => ({ jobs: (await runner.jobs()).map(progressOf) }),
    'registration.pause': ({ jobId }) =>
      control(runner.pause, jobId, 'Only a queued, running or waiting job can be paused.'),
    'registration.resume': ({ jobId }) =>
      control(runner.resume, jobId, 'Only a paused or waiting job can be resumed.'),
    'registration.cancel': ({ jobId }) => control(runner.cancel, jobId, 'This job has ended already.'),
    'registration.retryFailed': ({ jobId }) =>
      control(runner.retryFailed, jobId, 'Nobody failed in this job, or it is still running.'),
    'registration.results': async ({ jobId }) => {
      const job = (await runner.jobs()).find((j) => j.id === jobId);
      if (!job) throw new RegistrationError('no-such-job', 'This registration job no longer exists.');
      return { job: progressOf(job), people: jobResults(job) };
    },
    'registrants.list': async ({ target, status }) => {
      const all = await inArea('meeting', () =>
        registrantsApi(target).listAll(target.id, status ? { statuses: [status] } : {}),
      ).catch((error: unknown) => {
        if (!registrationOff(error)) throw error;
        const what = target.kind === 'webinar' ? 'webinar' : 'meeting';
        throw new RegistrationError('registration-off', `Registration is not turned on for this ${what}.`);
      });
      return {
        registrants: all.map((r) => ({
          id: r.id,
          email: r.email,
          status: r.status ?? status ?? 'approved',
          ...(r.first_name ? { firstName: r.first_name } : {}),
          ...(r.last_name ? { lastName: r.last_name } : {}),
          ...(r.join_url ? { joinUrl: r.join_url } : {}),
        })),
      };
    },
    // Zoom takes 30 registrants per status call: larger selections go in groups, in order.
    'registrants.updateStatus': async ({ target, action, ids }) => {
      let updated = 0;
      for (let i = 0; i < ids.length; i += BATCH_LIMIT) {
        const registrants = ids.slice(i, i + BATCH_LIMIT).map((id) => ({ id }));
        await inArea('meeting', () =>
          registrantsApi(target).updateStatus(target.id, { action, registrants }),
        );
        updated += registrants.length;
      }
      return { updated };
    },
  };
}
