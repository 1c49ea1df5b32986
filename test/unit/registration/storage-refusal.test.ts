import { storage } from 'wxt/utils/storage';
import { describe, expect, it } from 'vitest';
import { RegistrationError } from '@/lib/registration/errors';
import type { StorageApi } from '@/lib/registration/job-store';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { emails, registrationHarness } from '@/test/support/registration-engine';
import { storedJobs } from '@/test/support/registration-jobs';
import { ZOOM_IDS } from '@/test/support/sandbox-seed';

const { setup } = registrationHarness();
const meeting = { kind: 'meeting', id: ZOOM_IDS.autoApproval } as const;

/** Browser storage that refuses, as Chrome does at its 10 MB quota, any write naming a refused job. */
function refusingStorage(refused: Set<string>): StorageApi {
  return {
    ...storage,
    getItem: storage.getItem,
    getItems: storage.getItems,
    removeItems: storage.removeItems,
    async setItems(items) {
      const keys = items.map((i) => ('key' in i ? i.key : i.item.key));
      if (keys.some((k) => [...refused].some((id) => k.includes(`:${id}`)))) {
        throw new Error('Resource::kQuotaBytes quota exceeded (QUOTA_BYTES)');
      }
      await storage.setItems(items);
    },
  };
}

describe('a job the browser refuses to store', () => {
  it('never runs, now or after a restart, and the person is told it did not start', async () => {
    const h = setup();
    const running = await h.job(meeting, emails(60, 'first').join('\n'), {}, 'job-1');
    const big = await h.job(meeting, emails(200, 'big').join('\n'), {}, 'job-2');
    const small = await h.job(meeting, emails(3, 'small').join('\n'), {}, 'job-3');
    const refused = new Set(['job-2', 'job-3']);
    const runner = h.runner(h.provider, createRegistrationJobStore(refusingStorage(refused)));

    await runner.enqueue(running.job);
    for (const { job } of [big, small]) {
      const error = await runner.enqueue(job).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RegistrationError);
      expect(error).toMatchObject({ code: 'not-stored', message: expect.stringMatching(/did not start/) });
      expect((error as Error).message).toMatch(/storage .* is full/);
    }
    await runner.idle();

    // Storage has room again; a new worker starts and resumes whatever is stored.
    const restarted = h.runner();
    await restarted.resumeAll();
    await restarted.idle();
    await runner.idle();

    const onZoom = h.registrants(ZOOM_IDS.autoApproval).map((r) => r.email);
    expect(onZoom.filter((e) => e.startsWith('first'))).toHaveLength(60);
    expect(onZoom.filter((e) => e.startsWith('big') || e.startsWith('small'))).toEqual([]);
    expect((await storedJobs()).map((j) => [j.id, j.state])).toEqual([['job-1', 'done']]);
    expect((await runner.jobs()).map((j) => j.id)).toEqual(['job-1']);
    expect(h.batchSizes).toEqual([30, 30]);
  });

  it('is refused before anything is written when the unfinished jobs would pass their storage budget', async () => {
    const h = setup();
    const first = await h.job(meeting, emails(100, 'a').join('\n'), {}, 'job-1');
    const second = await h.job(meeting, emails(100, 'b').join('\n'), {}, 'job-2');
    const limited = h.runner(h.provider, undefined, { unfinishedBytes: 60_000 });
    await limited.enqueue(first.job);
    await expect(limited.enqueue(second.job)).rejects.toMatchObject({
      code: 'storage-full',
      message: expect.stringMatching(/jobs not yet finished hold .* MB.*Nothing was sent/),
    });
    await limited.idle();
    expect((await storedJobs()).map((j) => j.id)).toEqual(['job-1']);
    expect(h.registrants(ZOOM_IDS.autoApproval).filter((r) => r.email.startsWith('b'))).toEqual([]);
  });
});
