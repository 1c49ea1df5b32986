import { describe, expect, it } from 'vitest';
import { jobResults } from '@/lib/registration/jobs';
import { KEEP_FINISHED } from '@/lib/registration/prune';
import {
  emails,
  prepareRegistration,
  preRegister,
  registrationHarness,
} from '@/test/support/registration-engine';
import { storedJobs, watchedStore } from '@/test/support/registration-jobs';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

const { setup } = registrationHarness();
const meeting = { kind: 'meeting', id: ZOOM_IDS.autoApproval } as const;

describe('running a registration job against the sandbox', () => {
  it('registers 95 guests of whom 10 are registered in exactly 3 batch calls (30, 30, 25) plus listing', async () => {
    const h = setup();
    const guests = emails(95);
    await preRegister(h, ZOOM_IDS.autoApproval, guests.slice(40, 50));
    const { plan, job } = await h.job(meeting, guests.join('\n'), {
      autoApprove: true,
      confirmationEmail: false,
    });
    expect(plan.alreadyRegistered).toHaveLength(10);
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();

    expect(h.batchSizes).toEqual([30, 30, 25]);
    const log = h.sandbox.requests().map((r) => `${r.method} ${r.path.replace(/^\/v2\//, '')}${r.query}`);
    expect(log.filter((l) => l.startsWith('POST'))).toHaveLength(3);
    // One read of the meeting and one listing page per status: 4 + 3 = the whole bill.
    expect(log).toHaveLength(7);
    expect(log.filter((l) => l.includes('registrants?status='))).toHaveLength(3);

    const onZoom = h.registrants(ZOOM_IDS.autoApproval).map((r) => r.email);
    expect(new Set(onZoom).size).toBe(onZoom.length);
    expect(onZoom.filter((e) => e.startsWith('guest'))).toHaveLength(95);
    const [stored] = await storedJobs();
    expect(stored!.state).toBe('done');
    expect(stored!.counts).toEqual({
      total: 95,
      registered: 85,
      failed: 0,
      duplicates: 0,
      alreadyRegistered: 10,
      remaining: 0,
    });
    expect(jobResults(stored!).every((p) => p.outcome?.joinUrl?.startsWith('http'))).toBe(true);
    expect(stored!.chunks.map((c) => c.state)).toEqual(['done', 'done', 'done']);
    expect(h.progress.at(-1)?.state).toBe('done');
    expect(h.scheduler.cancel).toHaveBeenCalledWith('job-1');
  });

  it('writes each chunk in flight before its call and done after it', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(40).join('\n'));
    const seen: string[] = [];
    const states = job.chunks.map((c) => c.state as string);
    const store = watchedStore((_job, chunks) => {
      for (const c of chunks) states[c.index] = c.state;
      seen.push(states.join(','));
    });
    const runner = h.runner(h.provider, store);
    await runner.enqueue(job);
    await runner.idle();
    expect(seen).toContain('in-flight,pending');
    expect(seen).toContain('done,in-flight');
    expect(seen.at(-1)).toBe('done,done');
  });

  it('waits out per-second 429s that outlast the HTTP client’s retries, and sends nobody twice', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(45).join('\n'));
    h.sandbox.force429(6, 'qps');
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();
    const posts = h.calls(/batch_registrants/).map((r) => r.status);
    expect(posts.filter((s) => s === 429)).toHaveLength(6);
    expect(posts.filter((s) => s === 201)).toHaveLength(2);
    expect((await runner.jobs())[0]!.counts.registered).toBe(45);
  });

  it('uses the single endpoint with the chosen occurrences for a recurring meeting', async () => {
    const h = setup();
    const recurring = await h.provider.getMeeting(ZOOM_IDS.recurring);
    const chosen = recurring.occurrences.slice(0, 2).map((o) => o.id);
    const { plan, job } = await h.job({ kind: 'meeting', id: ZOOM_IDS.recurring }, emails(12).join('\n'), {
      occurrenceIds: chosen,
    });
    expect(plan.path).toBe('single');
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();
    const adds = h.calls(/meetings\/81000000004\/registrants$/);
    expect(adds).toHaveLength(12);
    expect(adds.every((r) => decodeURIComponent(r.query) === `?occurrence_ids=${chosen.join(',')}`)).toBe(
      true,
    );
    expect(h.calls(/batch_registrants/)).toHaveLength(0);
    expect((await runner.jobs())[0]!.counts.registered).toBe(12);
  });

  it('registers to a type 5 webinar through its batch endpoint', async () => {
    const h = setup();
    const { job } = await h.job({ kind: 'webinar', id: ZOOM_IDS.webinar }, emails(31).join('\n'), {
      autoApprove: true,
    });
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();
    expect(h.calls(/webinars\/92000000001\/batch_registrants/)).toHaveLength(2);
    expect(h.registrants(ZOOM_IDS.webinar).filter((r) => r.email.startsWith('guest'))).toHaveLength(31);
  });

  it('refuses a meeting without registration with a clear message and no registration calls', async () => {
    const h = setup();
    const plan = await prepareRegistration(h.provider, { kind: 'meeting', id: ZOOM_IDS.noRegistration }, [
      { line: 1, email: 'a@example.org', firstName: 'A' },
    ]);
    expect(plan).toMatchObject({ ok: false, code: 'no-registration' });
    expect(h.sandbox.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v2/meetings/${ZOOM_IDS.noRegistration}`,
    ]);
  });

  it('fails everyone left, after one call, when the meeting is over', async () => {
    const h = setup();
    const { job } = await h.job({ kind: 'meeting', id: ZOOM_IDS.over }, emails(65).join('\n'));
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();
    expect(h.calls(/batch_registrants/)).toHaveLength(1);
    const [done] = await runner.jobs();
    expect(done!.state).toBe('done');
    expect(done!.counts).toMatchObject({ failed: 65, registered: 0, remaining: 0 });
    expect(jobResults(done!)[0]!.outcome?.error).toMatch(/over/);
  });

  it('queues jobs and runs one at a time, in order', async () => {
    const h = setup();
    const first = (await h.job(meeting, emails(35, 'a').join('\n'), {}, 'first')).job;
    const second = (
      await h.job({ kind: 'webinar', id: ZOOM_IDS.webinar }, emails(5, 'b').join('\n'), {}, 'second')
    ).job;
    const runner = h.runner();
    await runner.enqueue(first);
    await runner.enqueue(second);
    await runner.idle();
    const order = h.progress.map((j) => `${j.id}:${j.state}`);
    const firstDone = order.indexOf('first:done');
    expect(firstDone).toBeGreaterThan(0);
    expect(order.indexOf('second:running')).toBeGreaterThan(firstDone);
    expect((await runner.jobs()).map((j) => j.state)).toEqual(['done', 'done']);
  });

  it('makes room as it queues: only the newest finished jobs stay in storage', async () => {
    const h = setup();
    const runner = h.runner();
    const runs = KEEP_FINISHED.count + 2;
    for (let i = 0; i < runs; i++) {
      const { job } = await h.job(meeting, `run${i}@example.org`, {}, `job-${i}`);
      await runner.enqueue(job);
      await runner.idle();
      await h.sleep(1000);
    }
    const stored = await storedJobs();
    // The one just queued ran too; the oldest finished ones were dropped when later ones queued.
    expect(stored.map((j) => j.id)).toEqual(
      Array.from({ length: KEEP_FINISHED.count + 1 }, (_, i) => `job-${runs - KEEP_FINISHED.count - 1 + i}`),
    );
    expect(stored.every((j) => j.state === 'done')).toBe(true);
  });
});
