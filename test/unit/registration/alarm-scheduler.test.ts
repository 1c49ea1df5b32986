import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAlarmScheduler, jobIdOfAlarm } from '@/lib/registration/alarm-scheduler';

describe('the alarm scheduler the background gives the runner', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names one alarm per job, replaces it when rescheduled, clears it, and routes it back', async () => {
    const scheduler = createAlarmScheduler(fakeBrowser.alarms);
    await scheduler.schedule('job-1', 1_000_000);
    await scheduler.schedule('job-1', 2_000_000);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toEqual([
      expect.objectContaining({ name: 'registration:job-1', scheduledTime: 2_000_000 }),
    ]);
    expect(jobIdOfAlarm(alarms[0]!.name)).toBe('job-1');
    expect(jobIdOfAlarm('meetings:refresh')).toBeUndefined();
    await scheduler.cancel('job-1');
    await expect(fakeBrowser.alarms.getAll()).resolves.toEqual([]);
  });
});
