import type { Job } from '../protocol/registration-job';

/**
 * How many bytes of `storage.local` the jobs not yet finished may take, counted as they will be once
 * every person has an outcome. Chrome gives an extension 10 MB without `unlimitedStorage`; with the
 * finished jobs kept for their results (prune.ts: 3 MB, or the newest one alone) and this budget, jobs stay
 * under 8 MB, leaving the rest for event links and caches. A 4,999-person Zoom job needs about 2 MB,
 * a 10,000-person Webex one about 3.5 MB: the largest single job a provider allows fits.
 */
export const UNFINISHED_BYTES = 4_000_000;

/** What an outcome adds to a person once answered: status, registrant id and personal join link. */
const OUTCOME_BYTES = 250;

const UNFINISHED = new Set<Job['state']>(['queued', 'running', 'paused', 'waiting']);
const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** The job's size in storage once every person has an outcome (JSON length, as Chrome counts it). */
export function projectedBytes(job: Job): number {
  const open = job.chunks.reduce((n, c) => n + c.people.filter((p) => !p.outcome).length, 0);
  return JSON.stringify(job).length + open * OUTCOME_BYTES;
}

/** Why `job` may not be stored beside `jobs` now, or undefined when it fits the budget. */
export function overBudget(jobs: readonly Job[], job: Job, budget = UNFINISHED_BYTES): string | undefined {
  const needed = projectedBytes(job);
  const held = jobs.filter((j) => UNFINISHED.has(j.state)).reduce((n, j) => n + projectedBytes(j), 0);
  if (held + needed <= budget) return undefined;
  const what = `This job needs about ${mb(needed)} MB of the browser's storage for its results`;
  if (held === 0)
    return `${what}, more than the ${mb(budget)} MB registration jobs may use. Split the list, then try again.`;
  return `${what}, and the jobs not yet finished hold ${mb(held)} MB of the ${mb(budget)} MB they may use. Let one finish, or cancel it, then try again. Nothing was sent.`;
}
