import { describe, expect, it } from 'vitest';
import { nextUtcMidnight } from '@/lib/http/rate-limit';
import { jobResults } from '@/lib/registration/jobs';
import { createRegistrationRunner } from '@/lib/registration/runner';
import type { RegistrationProvider } from '@/lib/registration/registration-provider';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { emails, registrationHarness } from '@/test/support/registration-engine';
import { storedJobs, storeJobs, watchedStore } from '@/test/support/registration-jobs';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

const { setup } = registrationHarness();
const meeting = { kind: 'meeting', id: ZOOM_IDS.autoApproval } as const;

/** Counts registrants per address: "exactly once" is a count of one. */
const tally = (list: { email: string }[]) => {
  const counts = new Map<string, number>();
  for (const r of list) counts.set(r.email.toLowerCase(), (counts.get(r.email.toLowerCase()) ?? 0) + 1);
  return counts;
};

describe('daily limits', () => {
  it('pauses at a daily-limit 429 until 00:00 GMT, with an alarm, and resumes by itself', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(50).join('\n'));
    h.sandbox.force429(1, 'daily');
    const midnight = nextUtcMidnight(h.now());
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();

    const [waiting] = await storedJobs();
    expect(waiting).toMatchObject({ state: 'waiting', pausedUntil: midnight });
    expect(waiting!.reason).toMatch(/daily limit/);
    expect(h.scheduler.schedule).toHaveBeenLastCalledWith('job-1', midnight);
    expect(waiting!.chunks.map((c) => c.state)).toEqual(['pending', 'pending']);

    // A new service worker before the reset re-arms the alarm and sends nothing.
    const restarted = h.runner();
    h.sandbox.clearRequests();
    await restarted.resumeAll();
    await restarted.idle();
    expect(h.sandbox.requests()).toHaveLength(0);

    h.sandbox.clock.set(midnight + 1000);
    await restarted.onAlarm('job-1');
    await restarted.idle();
    const [done] = await restarted.jobs();
    expect(done).toMatchObject({ state: 'done', counts: { registered: 50, remaining: 0 } });
    expect(h.batchSizes.slice(-2)).toEqual([30, 20]);
  });

  it('fails only the person over their own daily limit; the rest of the batch goes on', async () => {
    const h = setup();
    // Zoom allows 3 registration calls a day per person: spend them, then cancel the registration.
    const limited = 'guest7@example.org';
    for (let i = 0; i < 3; i++) {
      await h.zoom.registrants.batch(ZOOM_IDS.autoApproval, {
        registrants: [{ email: limited, first_name: 'L' }],
      });
    }
    const id = h.registrants(ZOOM_IDS.autoApproval).find((r) => r.email === limited)!.id;
    await h.zoom.registrants.delete(ZOOM_IDS.autoApproval, id);
    h.batchSizes.length = 0;

    const { job } = await h.job(meeting, emails(40).join('\n'));
    const runner = h.runner();
    await runner.enqueue(job);
    await runner.idle();

    // The first batch is refused whole for one person; it is split off and the 29 others sent.
    expect(h.batchSizes).toEqual([30, 29, 10]);
    const [done] = await runner.jobs();
    expect(done!.counts).toMatchObject({ registered: 39, failed: 1, remaining: 0 });
    const failed = jobResults(done!).filter((p) => p.outcome?.status === 'failed');
    expect(failed).toEqual([expect.objectContaining({ email: limited, line: 8 })]);
    expect(failed[0]!.outcome!.error).toMatch(/3 registration requests a day/);

    // After 00:00 GMT "retry the failed" registers them, in one new chunk.
    h.sandbox.clock.set(nextUtcMidnight(h.now()) + 1000);
    await runner.retryFailed('job-1');
    await runner.idle();
    const [retried] = await runner.jobs();
    expect(retried!.counts).toMatchObject({ registered: 40, failed: 0 });
    expect(retried!.chunks).toHaveLength(3);
    expect(tally(h.registrants(ZOOM_IDS.autoApproval)).get(limited)).toBe(1);
  });
});

describe('restarts and lost answers', () => {
  it('reconciles a chunk left in flight by a stopped worker: no duplicate, no loss, no re-send', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(75).join('\n'));
    let reached!: () => void;
    const callsReachedZoom = new Promise<void>((resolve) => (reached = resolve));
    let calls = 0;
    let arrived = 0;
    // The second and third batches go out together and reach Zoom; the worker dies before either
    // answer is written.
    const dying: RegistrationProvider = {
      ...h.provider,
      async batchRegister(...args) {
        if (++calls < 2) return h.provider.batchRegister(...args);
        await h.provider.batchRegister(...args);
        if (++arrived === 2) reached();
        return new Promise(() => {});
      },
    };
    await h.runner(dying).enqueue(job);
    await callsReachedZoom;
    const [stopped] = await storedJobs();
    expect(stopped!.chunks.map((c) => c.state)).toEqual(['done', 'in-flight', 'in-flight']);

    const restarted = h.runner();
    await restarted.resumeAll();
    await restarted.idle();
    const [done] = await restarted.jobs();
    expect(done).toMatchObject({ state: 'done', counts: { registered: 75, failed: 0, remaining: 0 } });
    // Three batches in all: the two in flight were found by listing, not sent again.
    expect(h.batchSizes).toEqual([30, 30, 15]);
    const counts = tally(h.registrants(ZOOM_IDS.autoApproval));
    expect(emails(75).every((e) => counts.get(e) === 1)).toBe(true);
    expect(jobResults(done!).every((p) => p.outcome?.registrantId)).toBe(true);
  });

  it('a worker woken by a message reads its jobs once: resumeAll and the message together lose no progress', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(90).join('\n'));
    await storeJobs([{ ...job, state: 'running' }]);
    // The page's "registration.jobs" that woke the worker and the start-up resumeAll, at once; the
    // second read answers after the loop has started, as storage may.
    let reads = 0;
    const stored = createRegistrationJobStore();
    const store = {
      ...stored,
      async load() {
        const first = ++reads === 1;
        const list = await stored.load();
        if (!first) await new Promise((resolve) => setTimeout(resolve, 20));
        return list;
      },
    };
    const woken = createRegistrationRunner({
      store,
      provider: () => h.provider,
      scheduler: h.scheduler,
      now: h.now,
      sleep: h.sleep,
    });
    await Promise.all([woken.resumeAll(), woken.jobs()]);
    await woken.idle();
    const [after] = await storedJobs();
    expect(after).toMatchObject({ state: 'done', counts: { registered: 90, remaining: 0 } });
    // The next worker finds nothing left to send.
    const next = h.runner();
    await next.resumeAll();
    await next.idle();
    expect(h.batchSizes).toEqual([30, 30, 30]);
  });

  it('looks before re-sending when a connection drops or Zoom answers 5xx to a batch', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(35).join('\n'));
    h.sandbox.dropConnections({ next: 1 });
    const runner = h.runner();
    await runner.enqueue(job);
    h.sandbox.failNext(1, 503);
    await runner.idle();
    const [done] = await runner.jobs();
    expect(done!.counts).toMatchObject({ registered: 35, remaining: 0 });
    expect(done!.chunks[0]!.attempts).toBeGreaterThan(0);
    // Each unknown outcome cost one listing (3 statuses) before the chunk was sent again.
    expect(h.calls(/registrants$/, 'GET').length).toBeGreaterThanOrEqual(6);
    const counts = tally(h.registrants(ZOOM_IDS.autoApproval));
    expect(emails(35).every((e) => counts.get(e) === 1)).toBe(true);
  });
});

describe('pause, resume, cancel', () => {
  it('pauses after the call in progress and resumes where it stopped', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(70).join('\n'));
    const store = watchedStore((saved, chunks) => {
      if (chunks.some((c) => c.index === 0 && c.state === 'done') && saved.state === 'running')
        void runner.pause('job-1');
    });
    const runner = h.runner(h.provider, store);
    await runner.enqueue(job);
    await runner.idle();
    const [paused] = await runner.jobs();
    expect(paused!.state).toBe('paused');
    expect(paused!.counts.registered).toBeGreaterThanOrEqual(30);
    expect(paused!.counts.remaining).toBeGreaterThan(0);
    expect(paused!.chunks.some((c) => c.state === 'in-flight')).toBe(false);

    await runner.resume('job-1');
    await runner.idle();
    expect((await runner.jobs())[0]).toMatchObject({ state: 'done', counts: { registered: 70 } });
    expect(h.batchSizes).toEqual([30, 30, 10]);
  });

  it('cancels: nothing more is sent, the unsent are counted, the alarm is cleared', async () => {
    const h = setup();
    const { job } = await h.job(meeting, emails(70).join('\n'));
    const store = watchedStore((saved, chunks) => {
      if (chunks.some((c) => c.index === 0 && c.state === 'done') && saved.state === 'running')
        void runner.cancel('job-1');
    });
    const runner = h.runner(h.provider, store);
    await runner.enqueue(job);
    await runner.idle();
    const [cancelled] = await runner.jobs();
    expect(cancelled!.state).toBe('cancelled');
    expect(cancelled!.counts.registered + cancelled!.counts.remaining).toBe(70);
    expect(h.scheduler.cancel).toHaveBeenCalledWith('job-1');
    await runner.resumeAll();
    await runner.idle();
    expect((await runner.jobs())[0]!.state).toBe('cancelled');
    expect(await runner.resume('job-1')).toBeUndefined();
  });
});
