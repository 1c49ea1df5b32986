import { inArea } from '../popup/view-errors';
import type { Target, TargetItem } from '../protocol/registration';
import { RegistrationError } from '../registration/errors';
import { createJob, jobResults } from '../registration/jobs';
import { parseInput } from '../registration/parse';
import { prepareWithEvent } from '../registration/prepare';
import { toPreview } from '../registration/preview';
import type { RegistrationAccount } from '../registration/registration-account';
import type { ProviderName } from '../registration/registration-provider';
import type { JobProgress, RegistrationRunner } from '../registration/runner';
import type { Handlers } from './router';

export { RegistrationError };

export interface RegistrationServices {
  /** Each provider's account; the target of a message names which one answers. */
  accounts: Record<ProviderName, RegistrationAccount>;
  runner: Pick<
    RegistrationRunner,
    'enqueue' | 'pause' | 'resume' | 'cancel' | 'retryFailed' | 'job' | 'progress'
  >;
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

const progressOf = <T extends { chunks: unknown; skipped: unknown }>(job: T) => {
  const { chunks: _c, skipped: _s, ...progress } = job;
  return progress;
};

const startOf = (item: TargetItem) =>
  item.startTime ? Date.parse(item.startTime) : Number.POSITIVE_INFINITY;

export function createRegistrationHandlers(services: RegistrationServices): RegistrationHandlers {
  const { accounts, runner } = services;
  const now = services.now ?? Date.now;
  const accountOf = (target: Target) => accounts[target.provider];

  async function prepare({
    target,
    input,
    options,
  }: Parameters<RegistrationHandlers['registration.prepare']>[0]) {
    const parsed = parseInput(input, { provider: target.provider });
    const { provider } = accountOf(target);
    const prepared = await inArea('meeting', () =>
      prepareWithEvent(provider, target, parsed.people, options),
    );
    return { parsed, provider, ...prepared };
  }

  /** A control that did nothing (a finished job cannot be paused) says so instead of pretending. */
  const control = async (
    action: (id: string) => Promise<JobProgress | undefined>,
    jobId: string,
    refusal: string,
  ) => {
    const job = await action(jobId);
    if (job) return { job };
    const exists = (await runner.progress()).some((j) => j.id === jobId);
    if (!exists) throw new RegistrationError('no-such-job', 'This registration job no longer exists.');
    throw new RegistrationError('not-now', refusal);
  };

  return {
    // Both accounts' events, soonest first. An account that is not connected (or fails) is left
    // out while the other answers; only when none answers does the page get the error.
    'registration.targets': async () => {
      const answers = await Promise.allSettled(
        Object.values(accounts).map((account) => inArea('meeting', () => account.targets())),
      );
      const items = answers.flatMap((a) => (a.status === 'fulfilled' ? a.value : []));
      const failed = answers.find((a) => a.status === 'rejected');
      if (failed && answers.every((a) => a.status === 'rejected')) throw failed.reason;
      return { items: items.sort((a, b) => startOf(a) - startOf(b)) };
    },
    'registration.prepare': async (request) => {
      const { parsed, provider, event, outcome } = await prepare(request);
      return toPreview(parsed, event, outcome, provider.capacity);
    },
    // Plans again rather than trusting a preview: someone may have registered in between, and the
    // worker that made the preview may be gone. The listing is cheap next to a wrong batch.
    'registration.start': async (request) => {
      const { parsed, provider, outcome } = await prepare(request);
      if (!outcome.ok) throw new RegistrationError('refused', outcome.reason);
      if (outcome.toRegister.length === 0) {
        throw new RegistrationError(
          'nothing-to-register',
          'Everyone on the list is already registered or listed twice: there is nobody to send.',
        );
      }
      const job = createJob(outcome, {
        id: services.newId(),
        now: now(),
        provider: provider.name,
        invalid: parsed.rejected,
      });
      await runner.enqueue(job);
      return { jobId: job.id };
    },
    'registration.jobs': async () => ({ jobs: await runner.progress() }),
    'registration.pause': ({ jobId }) =>
      control(runner.pause, jobId, 'Only a queued, running or waiting job can be paused.'),
    'registration.resume': ({ jobId }) =>
      control(runner.resume, jobId, 'Only a paused or waiting job can be resumed.'),
    'registration.cancel': ({ jobId }) => control(runner.cancel, jobId, 'This job has ended already.'),
    'registration.retryFailed': ({ jobId }) =>
      control(runner.retryFailed, jobId, 'Nobody failed in this job, or it is still running.'),
    'registration.results': async ({ jobId }) => {
      const job = await runner.job(jobId);
      if (!job) throw new RegistrationError('no-such-job', 'This registration job no longer exists.');
      return { job: progressOf(job), people: jobResults(job) };
    },
    'registrants.list': async ({ target, status }) => ({
      registrants: await inArea('meeting', () => accountOf(target).registrants(target, status)),
    }),
    'registrants.updateStatus': async ({ target, action, ids }) => ({
      updated: await inArea('meeting', () => accountOf(target).updateStatus(target, action, ids)),
    }),
  };
}
