import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createJob, jobResults, retryFailed } from '@/lib/registration/jobs';
import { planRegistration, type Plan } from '@/lib/registration/plan';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { scheduledMeeting, storedJobs, storeJobs } from '@/test/support/registration-jobs';

const event = scheduledMeeting;

function planFor(n: number): Plan {
  const candidates = Array.from({ length: n }, (_, i) => ({
    line: i + 2,
    email: `p${i}@x.org`,
    firstName: `P${i}`,
  }));
  candidates.push({ line: 99, email: 'P0@X.org', firstName: 'Dup' });
  const existing = [{ id: 'r', email: 'p1@x.org', status: 'approved' as const, joinUrl: 'https://j/r' }];
  const plan = planRegistration({ event, candidates, existing, batchLimit: 30, capacity: 4999 });
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
}

describe('registration jobs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is created queued, with skipped people kept for the results table', () => {
    const job = createJob(planFor(40), { id: 'j', now: 5, provider: 'zoom' });
    expect(job).toMatchObject({
      id: 'j',
      state: 'queued',
      path: 'batch',
      target: { kind: 'meeting', id: '1', type: 2 },
    });
    expect(job.chunks.map((c) => [c.index, c.people.length, c.state, c.attempts])).toEqual([
      [0, 30, 'pending', 0],
      [1, 9, 'pending', 0],
    ]);
    expect(job.counts).toEqual({
      total: 41,
      registered: 0,
      failed: 0,
      duplicates: 1,
      alreadyRegistered: 1,
      remaining: 39,
    });
    expect(jobResults(job).map((p) => [p.line, p.outcome?.status])).toContainEqual([99, 'skipped-duplicate']);
    expect(job.skipped.find((p) => p.email === 'p1@x.org')?.outcome).toMatchObject({
      registrantId: 'r',
      joinUrl: 'https://j/r',
    });
  });

  it('keeps the provider that planned it, and a stored Webex job reads back', async () => {
    const job = createJob(planFor(3), { id: 'w', now: 0, provider: 'webex' });
    expect(job.provider).toBe('webex');
    await storeJobs([job]);
    expect((await storedJobs())[0]?.provider).toBe('webex');
  });

  it('"retry the failed" regroups failed people from several chunks into full new chunks', () => {
    const job = createJob(planFor(70), { id: 'j', now: 0, provider: 'zoom' });
    for (const chunk of job.chunks) {
      for (const [i, person] of chunk.people.entries()) {
        person.outcome =
          i < 2 ? { status: 'failed', error: 'why' } : { status: 'registered', registrantId: 'x' };
      }
      chunk.state = 'failed';
    }
    const retried = retryFailed({ ...job, state: 'done', reason: 'r' }, 30);
    expect(retried.state).toBe('queued');
    expect(retried.reason).toBeUndefined();
    expect(retried.chunks.map((c) => [c.people.length, c.state])).toEqual([
      [28, 'done'],
      [28, 'done'],
      [7, 'done'],
      [6, 'pending'],
    ]);
    expect(retried.chunks[3]!.people.every((p) => p.outcome === undefined)).toBe(true);
    expect(retried.counts).toMatchObject({ failed: 0, remaining: 6, registered: 63 });
  });

  it('is stored validated: a chunk over 30 people or a strange state is refused', async () => {
    const job = createJob(planFor(5), { id: 'j', now: 0, provider: 'zoom' });
    await storeJobs([job]);
    await expect(storedJobs()).resolves.toEqual([job]);
    const tooBig = {
      ...job,
      chunks: [{ ...job.chunks[0]!, people: Array(31).fill(job.chunks[0]!.people[0]) }],
    };
    await expect(createRegistrationJobStore().add({ ...tooBig, id: 'big' })).rejects.toThrow();
    await expect(createRegistrationJobStore().save({ ...job, state: 'exploded' } as never)).rejects.toThrow();
    await expect(storedJobs()).resolves.toEqual([job]);
  });
});
