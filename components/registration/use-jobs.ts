import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { type JobProgressView, ProgressEventSchema } from '@/lib/protocol/registration';

/**
 * While a job runs, the page also asks every few seconds: progress is pushed, but a push cannot come
 * from a worker the browser stopped, and asking is what wakes it to resume the job.
 */
export const POLL_MS = 3000;

const ACTIVE = new Set(['queued', 'running']);

export type JobsState = { jobs: JobProgressView[]; error?: { message: string; code?: string } };

/** Every registration job, newest first, kept live by the background's progress events. */
export function useJobs(): JobsState & { refresh: () => void } {
  const [state, setState] = useState<JobsState>({ jobs: [] });

  const refresh = useCallback(() => {
    void sendMessage('registration.jobs', {}).then((reply) => {
      if (reply.ok) setState({ jobs: [...reply.data.jobs].sort((a, b) => b.createdAt - a.createdAt) });
      else setState((s) => ({ ...s, error: reply.error }));
    });
  }, []);

  useEffect(() => {
    refresh();
    // Messages from the background are still outside input: the page checks their shape.
    const listener = (message: unknown) => {
      const event = ProgressEventSchema.safeParse(message);
      if (!event.success) return;
      const job = event.data.job;
      setState((s) => {
        const others = s.jobs.filter((j) => j.id !== job.id);
        return { jobs: [job, ...others].sort((a, b) => b.createdAt - a.createdAt) };
      });
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [refresh]);

  const active = state.jobs.some((j) => ACTIVE.has(j.state));
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [active, refresh]);

  return { ...state, refresh };
}
