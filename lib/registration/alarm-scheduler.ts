import type { Scheduler } from './job-alarms';

/** The part of `browser.alarms` the scheduler uses; the background passes the real one. */
export interface AlarmsApi {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean> | void;
}

/** Alarm names carry a prefix, so the background's one `onAlarm` listener can route them. */
export const ALARM_PREFIX = 'registration:';

export function createAlarmScheduler(alarms: AlarmsApi): Scheduler {
  return {
    schedule: async (jobId, at) => {
      await alarms.create(`${ALARM_PREFIX}${jobId}`, { when: at });
    },
    cancel: async (jobId) => {
      await alarms.clear(`${ALARM_PREFIX}${jobId}`);
    },
  };
}

/** The job an alarm is for, or undefined when the alarm belongs to another feature. */
export function jobIdOfAlarm(name: string): string | undefined {
  return name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : undefined;
}
