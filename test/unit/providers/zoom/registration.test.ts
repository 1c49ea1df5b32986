import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/http/errors';
import { createPacer } from '@/lib/registration/pacer';
import { classifyZoomError } from '@/lib/providers/zoom/registration';
import { emails, registrationHarness } from '@/test/support/registration-engine';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

const { setup } = registrationHarness();

describe('reading Zoom errors for the runner', () => {
  const at = Date.UTC(2026, 2, 25, 12);

  it.each([
    [new ApiError({ kind: 'rate-limited', message: 'm', retryAfterMs: 700 }), { kind: 'wait', ms: 700 }],
    [new ApiError({ kind: 'daily-limit', message: 'm', resetAt: at }), { kind: 'pause-until', at }],
    [new ApiError({ kind: 'daily-limit', message: 'm' }), { kind: 'pause-until', at: Date.UTC(2026, 2, 26) }],
    [
      new ApiError({
        kind: 'daily-limit',
        message: 'ours',
        providerMessage:
          'You have exceeded the daily rate limit of "3" for meeting Perform batch registration API requests for the registrant "ada@x.org". You can resume these API requests at GMT 00:00:00.',
      }),
      { kind: 'person', email: 'ada@x.org' },
    ],
    [new ApiError({ kind: 'network', message: 'm' }), { kind: 'unknown-outcome' }],
    [new ApiError({ kind: 'timeout', message: 'm' }), { kind: 'unknown-outcome' }],
    [new ApiError({ kind: 'server', status: 503, message: 'm' }), { kind: 'unknown-outcome' }],
    [new ApiError({ kind: 'signed-out', message: 'm' }), { kind: 'signed-out' }],
    [
      new ApiError({ kind: 'http', status: 400, providerCode: 3038, message: 'over' }),
      { kind: 'job', reason: 'over' },
    ],
    [new ApiError({ kind: 'http', status: 400, providerCode: 3043, message: 'full' }), { kind: 'job' }],
    [new ApiError({ kind: 'not-found', status: 404, providerCode: 3001, message: 'gone' }), { kind: 'job' }],
    [new ApiError({ kind: 'http', status: 400, providerCode: 300, message: 'bad field' }), { kind: 'chunk' }],
    [new TypeError('boom'), { kind: 'chunk', reason: 'boom' }],
  ])('%s', (error, expected) => {
    expect(classifyZoomError(error, () => at)).toMatchObject(expected);
  });
});

describe('pacing to the rate-limit label', () => {
  it('starts at most N calls in any window, and waits only as long as needed', async () => {
    let t = 0;
    const waits: number[] = [];
    const pacer = createPacer({
      perSecond: 3,
      windowMs: 1000,
      now: () => t,
      sleep: async (ms) => {
        waits.push(ms);
        t += ms;
      },
    });
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      await pacer.slot();
      starts.push(t);
      t += 10;
    }
    expect(starts).toEqual([0, 10, 20, 1000, 1010, 1020, 2000]);
    expect(waits).toEqual([970, 970]);
  });

  it('registers 900 people to the sandbox in 30 batch calls, paced so that Zoom refuses none', async () => {
    const h = setup();
    const { job } = await h.job({ kind: 'meeting', id: ZOOM_IDS.autoApproval }, emails(900).join('\n'));
    // One chunk at a time: on the harness's virtual clock a pacer's sleep jumps time while other
    // calls are still on their way, which real time never does. Calls in flight at once are paced
    // the same way; `npm run bench` counts their 429s in real time, through the built extension.
    const runner = h.runner(h.provider, undefined, { chunksInFlight: 1 });
    await runner.enqueue(job);
    await runner.idle();
    const posts = h.calls(/batch_registrants/);
    // The sandbox enforces HEAVY's 10 per second. Unpaced, 30 calls in a burst would meet some twenty
    // 429s; paced, at most the odd one when a loaded machine delays a request's arrival. How close to
    // the floor the pacing runs is a figure for `npm run bench`, not an assertion.
    expect(posts.filter((r) => r.status === 201)).toHaveLength(30);
    expect(posts.filter((r) => r.status === 429).length).toBeLessThanOrEqual(2);
    expect((await runner.jobs())[0]!.counts.registered).toBe(900);
  });
});
