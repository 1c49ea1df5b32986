import { describe, expect, it } from 'vitest';
import type { Job } from '@/lib/protocol/registration-job';
import { createJob } from '@/lib/registration/jobs';
import { planRegistration, type Plan } from '@/lib/registration/plan';
import { KEEP_FINISHED, pruneFinished } from '@/lib/registration/prune';
import { scheduledMeeting } from '@/test/support/registration-jobs';

const DAY = 86_400_000;
const NOW = 100 * DAY;
const event = scheduledMeeting;

function planFor(n: number): Plan {
  const candidates = Array.from({ length: n }, (_, i) => ({
    line: i + 2,
    email: `person${i}@example.org`,
    firstName: `Person ${i}`,
  }));
  const plan = planRegistration({ event, candidates, existing: [], batchLimit: 30, capacity: 4999 });
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
}

const job = (id: string, state: Job['state'], updatedAt: number, people = 2): Job => ({
  ...createJob(planFor(people), { id, now: updatedAt, provider: 'zoom' }),
  state,
  updatedAt,
});
const ids = (jobs: Job[]) => jobs.map((j) => j.id);

describe('pruning finished registration jobs', () => {
  it('keeps every unfinished job and the newest finished ones up to the count, in their order', () => {
    const finished = Array.from({ length: KEEP_FINISHED.count + 3 }, (_, i) =>
      job(`done-${i}`, i % 2 ? 'cancelled' : 'done', NOW - i * 1000),
    );
    const open = [job('queued', 'queued', 0), job('paused', 'paused', 0), job('waiting', 'waiting', 0)];
    const kept = pruneFinished([open[0]!, ...finished, ...open.slice(1)], NOW);
    expect(ids(kept)).toEqual([
      'queued',
      ...finished.slice(0, KEEP_FINISHED.count).map((j) => j.id),
      'paused',
      'waiting',
    ]);
  });

  it('drops finished jobs older than the age limit, but never the newest one', () => {
    const old = job('old', 'done', NOW - (KEEP_FINISHED.days + 1) * DAY);
    const older = job('older', 'done', NOW - (KEEP_FINISHED.days + 2) * DAY);
    expect(ids(pruneFinished([older, old], NOW))).toEqual(['old']);
    const recent = job('recent', 'done', NOW - DAY);
    expect(ids(pruneFinished([older, old, recent], NOW))).toEqual(['recent']);
  });

  it('keeps the finished jobs within the byte budget, newest first, the newest whatever its size', () => {
    const big = job('big', 'done', NOW - 1000, 300);
    const bytes = JSON.stringify(big).length;
    const limits = { ...KEEP_FINISHED, bytes: bytes * 2 + 100 };
    const small = job('small', 'done', NOW - 3000);
    const earlier = job('earlier-big', 'done', NOW - 2000, 300);
    // big + earlier-big fill the budget; small, older, is dropped though it would fit.
    expect(ids(pruneFinished([small, earlier, big], NOW, limits))).toEqual(['earlier-big', 'big']);
    const huge = job('huge', 'done', NOW, 900);
    expect(ids(pruneFinished([small, earlier, big, huge], NOW, limits))).toEqual(['huge']);
    expect(KEEP_FINISHED.bytes).toBeLessThan(10_000_000 / 2);
  });
});
