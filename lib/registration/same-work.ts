import type { Job } from '../protocol/registration-job';
import { sameEmail } from './registration-provider';

const UNFINISHED = new Set<Job['state']>(['queued', 'running', 'waiting', 'paused']);

/**
 * Why `job` must not start beside `jobs`, or undefined: a job not yet finished is already sending
 * some of the same people to the same event (a double-click on Register, a second tab). Two jobs
 * would race to register them, and Webex refuses the second registration as a conflict.
 */
export function alreadyUnderWay(jobs: readonly Job[], job: Job): string | undefined {
  const wanted = new Set(job.chunks.flatMap((c) => c.people).map((p) => sameEmail(p.email)));
  for (const other of jobs) {
    if (!UNFINISHED.has(other.state) || other.provider !== job.provider) continue;
    if (other.target.kind !== job.target.kind || other.target.id !== job.target.id) continue;
    const shared = other.chunks
      .flatMap((c) => c.people)
      .filter((p) => !p.outcome && wanted.has(sameEmail(p.email))).length;
    if (shared === 0) continue;
    const people = shared === 1 ? '1 of these people' : `${shared} of these people`;
    if (other.state === 'paused')
      return `A paused job still has ${people} to register to "${other.target.topic}". Resume or cancel it instead; nothing new was started.`;
    return `A job is already registering ${people} to "${other.target.topic}"; it goes on by itself. Nothing new was started.`;
  }
  return undefined;
}
