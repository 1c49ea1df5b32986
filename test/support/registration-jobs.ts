import type { Job } from '@/lib/protocol/registration-job';
import type { JobStore } from '@/lib/registration/job-store';
import { createRegistrationJobStore } from '@/lib/registration/job-items';
import { zoomEventInfo } from '@/lib/providers/zoom/registration';

/** A scheduled Zoom meeting with automatic approval, as the planner sees it: jobs built offline. */
export const scheduledMeeting = zoomEventInfo('meeting', {
  id: 1,
  topic: 'T',
  type: 2,
  join_url: 'j',
  settings: { approval_type: 0 },
});

/** The jobs as a new worker would read them from storage. */
export const storedJobs = (): Promise<Job[]> => createRegistrationJobStore().load();

/** Puts jobs in storage as an earlier worker would have left them. */
export async function storeJobs(jobs: Job[]): Promise<void> {
  const store = createRegistrationJobStore();
  for (const job of jobs) await store.add(job);
}

/** A fresh store that tells `onSave` what each write carried, after it is written. */
export function watchedStore(onSave: (job: Job, chunks: readonly Job['chunks'][number][]) => void): JobStore {
  const store = createRegistrationJobStore();
  return {
    ...store,
    async save(job, chunks = job.chunks) {
      await store.save(job, chunks);
      onSave(structuredClone(job), structuredClone(chunks));
    },
  };
}
