import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobResults } from '@/lib/registration/jobs';
import type { RegistrationProvider } from '@/lib/registration/registration-provider';
import { fakeBrowser } from 'wxt/testing';
import type { JobStore } from '@/lib/registration/job-store';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { registrationHarness } from '@/test/support/registration-engine';
import { storedJobs } from '@/test/support/registration-jobs';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

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

describe('the runner, for any input, any number of chunks in flight, and any interleaving of failures and restarts', () => {
  it('registers every valid person exactly once or fails them with a reason; no batch passes 30', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 120 }).chain((n) => fc.array(line, { minLength: n, maxLength: n })),
        fc.array(fault, { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        async (lines, faults, chunksInFlight) => {
          const h = setup();
          h.sandbox.reset();
          await fakeBrowser.storage.local.clear();
          const { plan, job } = await h.job({ kind: 'meeting', id: ZOOM_IDS.autoApproval }, lines.join('\n'));
          const queue: Fault[] = [...faults];
          let stopped: (() => void) | undefined;
          const hang = () => new Promise<never>(() => {});

          // One service worker's life. A "stop" kills all of it at once, as MV3 does: every call and
          // storage write it makes from then on hangs forever, whatever was in flight; requests it
          // had sent still reach Zoom. The test then starts a new worker from storage.
          type Life = { dead: boolean; sent: Set<Promise<unknown>> };
          const track = <T>(life: Life, call: Promise<T>) => {
            life.sent.add(call);
            return call.finally(() => life.sent.delete(call));
          };
          const halt = (life: Life) => {
            life.dead = true;
            stopped?.();
            return hang();
          };
          const faulty = (life: Life): RegistrationProvider => ({
            ...h.provider,
            async batchRegister(...args) {
              if (life.dead) return hang();
              const fault = queue.shift() ?? 'none';
              if (fault === 'fail-503') h.sandbox.failNext(1, 503);
              if (fault === 'fail-500') h.sandbox.failNext(1, 500);
              if (fault === 'drop') h.sandbox.dropConnections({ next: 1 });
              if (fault === 'qps-429') h.sandbox.force429(5, 'qps');
              if (fault === 'daily-429') h.sandbox.force429(1, 'daily');
              if (fault === 'stop-before') return halt(life);
              const result = await track(life, h.provider.batchRegister(...args));
              if (life.dead) return hang();
              return fault === 'stop-after' ? halt(life) : result;
            },
            async listRegistrants(...args) {
              if (life.dead) return hang();
              const result = await track(life, h.provider.listRegistrants(...args));
              return life.dead ? hang() : result;
            },
          });
          const mortalStore = (life: Life): JobStore => {
            const store = createRegistrationJobStore();
            const unlessDead =
              <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
              (...a: A) =>
                life.dead ? hang() : f(...a);
            return {
              load: unlessDead(store.load),
              add: unlessDead(store.add),
              save: unlessDead(store.save),
              remove: unlessDead(store.remove),
            };
          };
          const start = () => {
            const life: Life = { dead: false, sent: new Set() };
            return { life, runner: h.runner(faulty(life), mortalStore(life), { chunksInFlight }) };
          };

          let { life, runner } = start();
          await runner.enqueue(job);
          for (let round = 0; round < 40; round++) {
            const stop = new Promise<'stopped'>((resolve) => (stopped = () => resolve('stopped')));
            const outcome = await Promise.race([runner.idle().then(() => 'idle' as const), stop]);
            if (outcome === 'stopped') {
              // What the dead worker had sent arrives (or fails) before the next one looks.
              while (life.sent.size > 0) await Promise.allSettled([...life.sent]);
              ({ life, runner } = start());
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
          for (const r of h.registrants(ZOOM_IDS.autoApproval)) {
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
