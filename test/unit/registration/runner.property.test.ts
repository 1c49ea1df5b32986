import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobResults } from '@/lib/registration/jobs';
import type { RegistrationProvider } from '@/lib/registration/registration-provider';
import { fakeBrowser } from 'wxt/testing';
import { storedJobs } from './stored-jobs';
import { registrationHarness, SEED } from './harness';

const { setup } = registrationHarness();

/** What happens around one batch call: a server fault, or the worker stopping before or after it. */
const FAULTS = [
  'none',
  'fail-503',
  'fail-500',
  'drop',
  'qps-429',
  'daily-429',
  'stop-before',
  'stop-after',
] as const;
type Fault = (typeof FAULTS)[number];

// Addresses from a small pool, so inputs repeat people (in any letter case) and mix in bad lines.
const address = fc
  .integer({ min: 0, max: 249 })
  .chain((n) =>
    fc.constantFrom(`guest${n}@example.org`, `GUEST${n}@Example.org`, `Guest ${n} <guest${n}@example.org>`),
  );
// Calls without a fault are as likely as all faults together, so jobs get through several chunks.
const fault = fc.oneof(fc.constant<Fault>('none'), fc.constantFrom(...FAULTS));
const line = fc.oneof(
  { weight: 9, arbitrary: address },
  { weight: 1, arbitrary: fc.constantFrom('nobody@', 'no address') },
);

describe('the runner, for any input and any interleaving of failures and restarts', () => {
  it('registers every valid person exactly once or fails them with a reason; no batch passes 30', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 120 }).chain((n) => fc.array(line, { minLength: n, maxLength: n })),
        fc.array(fault, { maxLength: 12 }),
        async (lines, faults) => {
          const h = setup();
          h.sandbox.reset();
          await fakeBrowser.storage.local.clear();
          const { plan, job } = await h.job({ kind: 'meeting', id: SEED.autoApproval }, lines.join('\n'));
          const queue: Fault[] = [...faults];
          let stopped: (() => void) | undefined;

          // Applies the next fault around each batch call; a "stop" leaves the call hanging forever,
          // as a service worker killed mid-call does, and the test starts a new runner from storage.
          const faulty: RegistrationProvider = {
            ...h.provider,
            async batchRegister(...args) {
              const fault = queue.shift() ?? 'none';
              if (fault === 'fail-503') h.sandbox.failNext(1, 503);
              if (fault === 'fail-500') h.sandbox.failNext(1, 500);
              if (fault === 'drop') h.sandbox.dropConnections({ next: 1 });
              if (fault === 'qps-429') h.sandbox.force429(5, 'qps');
              if (fault === 'daily-429') h.sandbox.force429(1, 'daily');
              if (fault === 'stop-before') return halt();
              const result = await h.provider.batchRegister(...args);
              return fault === 'stop-after' ? halt() : result;
            },
          };
          const halt = () => {
            stopped?.();
            return new Promise<never>(() => {});
          };

          let runner = h.runner(faulty);
          await runner.enqueue(job);
          for (let round = 0; round < 40; round++) {
            const stop = new Promise<'stopped'>((resolve) => (stopped = () => resolve('stopped')));
            const outcome = await Promise.race([runner.idle().then(() => 'idle' as const), stop]);
            if (outcome === 'stopped') {
              runner = h.runner(faulty);
              await runner.resumeAll();
              continue;
            }
            const [current] = await runner.jobs();
            if (current!.state === 'done') break;
            expect(current!.state).toBe('waiting');
            h.sandbox.clock.set(current!.pausedUntil! + 1000);
            await runner.onAlarm(current!.id);
          }

          const [done] = await storedJobs();
          expect(done!.state).toBe('done');
          expect(done!.counts.remaining).toBe(0);
          expect(h.batchSizes.every((size) => size >= 1 && size <= 30)).toBe(true);
          expect(done!.chunks.every((c) => c.people.length <= 30)).toBe(true);
          const onZoom = new Map<string, number>();
          for (const r of h.registrants(SEED.autoApproval)) {
            const key = r.email.toLowerCase();
            onZoom.set(key, (onZoom.get(key) ?? 0) + 1);
          }
          expect([...onZoom.values()].every((n) => n === 1)).toBe(true);
          // Never re-sent blindly: nobody is in two batches that Zoom processed.
          const accepted = h.batches.filter((b) => b.status === 201).flatMap((b) => b.emails);
          expect(new Set(accepted).size).toBe(accepted.length);
          const results = jobResults(done!);
          for (const person of plan.toRegister) {
            const result = results.find((p) => p.line === person.line)!;
            if (result.outcome?.status === 'registered')
              expect(onZoom.get(person.email.toLowerCase())).toBe(1);
            else
              expect(result.outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/\w/) });
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
