import type { Job } from '../protocol/registration-job';

/** Wakes a job at a time; the background implements it with `browser.alarms` (alarm-scheduler.ts). */
export interface Scheduler {
  schedule(jobId: string, at: number): void | Promise<void>;
  cancel(jobId: string): void | Promise<void>;
}

/**
 * While a job runs, an alarm stands ready to restart it: MV3 stops an idle or long-lived service
 * worker without warning, and only an event brings it back. Refreshed as chunks complete, at most
 * every half period, so a job costs an alarm call every 30 s rather than one per chunk.
 */
export const WATCHDOG_MS = 60_000;

/** Keeps one alarm per job in step with its state: the reset time while waiting, a watchdog while running. */
export function createJobAlarms(scheduler: Scheduler, now: () => number) {
  const armed = new Map<string, number>();
  return {
    async sync(job: Job): Promise<void> {
      const at = armed.get(job.id);
      if (job.state === 'waiting' && job.pausedUntil !== undefined) {
        if (at !== job.pausedUntil) await scheduler.schedule(job.id, job.pausedUntil);
        armed.set(job.id, job.pausedUntil);
      } else if (job.state === 'running') {
        if (at !== undefined && at - now() >= WATCHDOG_MS / 2) return;
        armed.set(job.id, now() + WATCHDOG_MS);
        await scheduler.schedule(job.id, now() + WATCHDOG_MS);
      } else if (at !== undefined) {
        armed.delete(job.id);
        await scheduler.cancel(job.id);
      }
    },
  };
}
