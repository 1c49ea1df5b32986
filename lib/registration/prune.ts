import type { Job } from '../protocol/registration-job';

/**
 * How much finished work is kept for its results table and CSV export. Jobs share `storage.local`
 * (10 MB quota without `unlimitedStorage`) and a finished 4,999-person job is about 1.3 MB: without
 * a bound, seven big jobs would fill the quota and the next write would fail. Unfinished jobs have
 * their own budget (storage-budget.ts).
 */
export const KEEP_FINISHED = { count: 10, bytes: 3_000_000, days: 30 };

const FINISHED = new Set<Job['state']>(['done', 'cancelled']);
const DAY = 86_400_000;

/**
 * The jobs to keep: every unfinished one, and the newest finished ones within the count, the age
 * and the byte budget. The newest finished job is always kept, whatever its size, so the results
 * of the run that just ended are never the ones dropped.
 */
export function pruneFinished(jobs: readonly Job[], now: number, limits = KEEP_FINISHED): Job[] {
  const finished = jobs.filter((j) => FINISHED.has(j.state)).sort((a, b) => b.updatedAt - a.updatedAt);
  const kept = new Set<Job>();
  let bytes = 0;
  for (const job of finished) {
    const size = JSON.stringify(job).length;
    const fits =
      kept.size < limits.count && now - job.updatedAt <= limits.days * DAY && bytes + size <= limits.bytes;
    if (kept.size > 0 && !fits) break;
    kept.add(job);
    bytes += size;
  }
  return jobs.filter((j) => !FINISHED.has(j.state) || kept.has(j));
}
