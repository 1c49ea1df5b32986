import { describe, expect, it } from 'vitest';
import type { RegistrationProvider } from '@/lib/registration/registration-provider';
import { emails, registrationHarness } from '@/test/support/registration-engine';
import { storedJobs } from '@/test/support/registration-jobs';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

const { setup } = registrationHarness();
const meeting = { kind: 'meeting', id: ZOOM_IDS.autoApproval } as const;

describe('the same people started twice (a double-click on Register)', () => {
  it('runs one job: the second is refused with a sentence, and everyone is sent once', async () => {
    const h = setup();
    const list = emails(45).join('\n');
    // Both clicks were planned before either job existed, so both plans hold all 45.
    const first = await h.job(meeting, list, {}, 'job-1');
    const second = await h.job(meeting, list, {}, 'job-2');
    const runner = h.runner();
    const [a, b] = await Promise.allSettled([runner.enqueue(first.job), runner.enqueue(second.job)]);
    expect(a.status).toBe('fulfilled');
    expect(b).toMatchObject({
      status: 'rejected',
      reason: {
        code: 'already-running',
        message: expect.stringMatching(/already registering 45 .*Nothing new/),
      },
    });
    await runner.idle();
    expect(h.batchSizes).toEqual([30, 15]);
    expect((await storedJobs()).map((j) => j.id)).toEqual(['job-1']);
  });

  it('refuses while the first is paused, saying to resume it; allows it again once the first is done', async () => {
    const h = setup();
    const list = emails(5).join('\n');
    const first = await h.job(meeting, list, {}, 'job-1');
    // The first call is held until the test lets it go, so job-1 is paused with people unanswered.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const held: RegistrationProvider = {
      ...h.provider,
      async batchRegister(...args) {
        if (calls++ === 0) await gate;
        return h.provider.batchRegister(...args);
      },
    };
    const runner = h.runner(held);
    await runner.enqueue(first.job);
    await runner.pause('job-1');
    const again = await h.job(meeting, list, {}, 'job-2');
    await expect(runner.enqueue(again.job)).rejects.toMatchObject({
      code: 'already-running',
      message: expect.stringMatching(/paused job .*Resume or cancel/),
    });
    // Other people, or another event, are not held up by it.
    const others = await h.job(meeting, emails(3, 'other').join('\n'), {}, 'job-3');
    await expect(runner.enqueue(others.job)).resolves.toMatchObject({ id: 'job-3' });
    release();
    await runner.resume('job-1');
    await runner.idle();
    const later = await h.job(meeting, `${list}\nlate@example.org`, {}, 'job-4');
    await expect(runner.enqueue(later.job)).resolves.toMatchObject({ id: 'job-4' });
    await runner.idle();
  });
});
