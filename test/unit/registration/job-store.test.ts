import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OLD_JOBS_ASIDE_KEY } from '@/lib/registration/job-migration-2';
import { createJob, type Job } from '@/lib/registration/jobs';
import { planRegistration } from '@/lib/registration/plan';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { scheduledMeeting } from '@/test/support/registration-jobs';

function job(id: string, n: number): Job {
  const candidates = Array.from({ length: n }, (_, i) => ({
    line: i + 1,
    email: `${id}${i}@x.org`,
    firstName: 'P',
  }));
  const plan = planRegistration({
    event: scheduledMeeting,
    candidates,
    existing: [],
    batchLimit: 30,
    capacity: 4999,
  });
  if (!plan.ok) throw new Error(plan.reason);
  return createJob(plan, { id, now: 1, provider: 'zoom' });
}

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

describe('the registration job store (one key per job, one per chunk)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a job in pieces under its own keys and reads it back whole', async () => {
    const a = job('a', 65);
    await createRegistrationJobStore().add(a);
    const keys = Object.keys(await local()).sort();
    expect(keys).toEqual([
      'registrationJob:a',
      'registrationJob:a:chunk:0',
      'registrationJob:a:chunk:1',
      'registrationJob:a:chunk:2',
      'registrationJob:a:skipped',
      'registrationJobIndex',
    ]);
    await expect(createRegistrationJobStore().load()).resolves.toEqual([a]);
  });

  it('records one chunk by writing its header and that chunk alone, in one storage call', async () => {
    const a = job('a', 65);
    const store = createRegistrationJobStore();
    await store.add(a);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    a.chunks[1]!.state = 'in-flight';
    a.state = 'running';
    await store.save(a, [a.chunks[1]!]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([
      'registrationJob:a',
      'registrationJob:a:chunk:1',
    ]);
    const [read] = await createRegistrationJobStore().load();
    expect(read!.state).toBe('running');
    expect(read!.chunks.map((c) => c.state)).toEqual(['pending', 'in-flight', 'pending']);
  });

  it('leaves a job it cannot read in storage, untouched, while the others go on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createRegistrationJobStore();
    await store.add(job('a', 5));
    await store.add(job('b', 5));
    await fakeBrowser.storage.local.set({ 'registrationJob:a:chunk:0': { index: 0, people: 'garbled' } });
    const next = createRegistrationJobStore();
    expect((await next.load()).map((j) => j.id)).toEqual(['b']);
    await next.add(job('c', 5));
    const stored = await local();
    expect(stored['registrationJob:a:chunk:0']).toEqual({ index: 0, people: 'garbled' });
    expect(stored.registrationJobIndex).toEqual(['a', 'b', 'c']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('forgets pruned jobs: the index first, then every key of theirs', async () => {
    const store = createRegistrationJobStore();
    await store.add(job('a', 40));
    await store.add(job('b', 5));
    await store.remove(['a']);
    expect(Object.keys(await local()).filter((k) => k.includes(':a'))).toEqual([]);
    expect((await createRegistrationJobStore().load()).map((j) => j.id)).toEqual(['b']);
  });
});

describe('registration jobs, layout 1 (one item) -> 2 (a key per job)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves every readable job, keeps an unreadable one aside, and removes the old item', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = job('a', 35);
    const b = { ...job('b', 3), state: 'running' as const };
    const broken = { ...job('x', 1), state: 'exploded' };
    await fakeBrowser.storage.local.set({ registrationJobs: [a, broken, b], registrationJobs$: { v: 1 } });
    await expect(createRegistrationJobStore().load()).resolves.toEqual([a, b]);
    const stored = await local();
    expect(stored.registrationJobs).toBeUndefined();
    expect(stored['registrationJobs$']).toBeUndefined();
    expect(stored[OLD_JOBS_ASIDE_KEY.replace('local:', '')]).toEqual([broken]);
  });

  it('a migration stopped halfway runs again without duplicating or undoing what moved', async () => {
    const a = job('a', 35);
    const store = createRegistrationJobStore();
    await store.add(a);
    // The worker went on with job a under the new layout before the old item was removed.
    a.state = 'done';
    await store.save(a, []);
    await fakeBrowser.storage.local.set({ registrationJobs: [{ ...a, state: 'queued' }, job('b', 2)] });
    const jobs = await createRegistrationJobStore().load();
    expect(jobs.map((j) => [j.id, j.state])).toEqual([
      ['a', 'done'],
      ['b', 'queued'],
    ]);
  });
});
