import type { JobProgress } from '../registration/runner';

export interface ProgressPlatform {
  /** Sends to every open extension page; nobody listening is not an error. */
  broadcast(message: { type: 'registration.progress'; job: JobProgress }): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  t(key: string, substitutions?: string[]): string;
}

/**
 * A job is "long" when the host may well have left the page: more than a few batches, or more than
 * half a minute. Shorter jobs end while the page still shows them, and a notification would be noise.
 */
const LONG_PEOPLE = 90;
const LONG_MS = 30_000;

export const NOTIFICATION_PREFIX = 'registration:';

/**
 * The runner's `onProgress`: every change goes to open views; a long job that finishes, pauses or
 * waits for a daily reset also gets a notification, once per change of state.
 */
export function createProgressReporter(platform: ProgressPlatform) {
  const lastState = new Map<string, JobProgress['state']>();
  return (job: JobProgress): void => {
    void platform.broadcast({ type: 'registration.progress', job }).catch(() => {});
    const previous = lastState.get(job.id);
    lastState.set(job.id, job.state);
    if (previous === job.state) return;
    const long = job.counts.total >= LONG_PEOPLE || job.updatedAt - job.createdAt >= LONG_MS;
    if (!long) return;
    const { registered, failed, total } = job.counts;
    const counts = [String(registered), String(failed), String(total)];
    const message =
      job.state === 'done'
        ? platform.t('notifyJobDone', counts)
        : job.state === 'paused' || job.state === 'waiting'
          ? `${platform.t('notifyJobPaused', counts)} ${job.reason ?? ''}`.trim()
          : undefined;
    if (!message) return;
    void platform.notify(`${NOTIFICATION_PREFIX}${job.id}`, job.target.topic, message).catch(() => {});
  };
}
