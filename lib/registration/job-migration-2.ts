import { JobSchema } from '../protocol/registration-job';
import type { JobStore, StorageApi } from './job-store';

// Registration jobs, layout 1 -> 2: every job in one item (`local:registrationJobs`) becomes a job
// per key (registration/job-store.ts). Each readable job is added to the new layout before the old
// item goes; an entry that cannot be read is kept under `local:registrationJobs:setAside`, never
// dropped. A migration stopped halfway runs again on the next start and skips the jobs it moved.

export const OLD_JOBS_KEY = 'local:registrationJobs';
export const OLD_JOBS_ASIDE_KEY = 'local:registrationJobs:setAside';

export async function migrateRegistrationJobsToV2(store: JobStore, storage: StorageApi): Promise<void> {
  const old = await storage.getItem(OLD_JOBS_KEY);
  if (old === null || old === undefined) return;
  const entries: unknown[] = Array.isArray(old) ? old : [old];
  const aside: unknown[] = [];
  const present = new Set((await store.load().catch(() => [])).map((j) => j.id));
  for (const entry of entries) {
    const job = JobSchema.safeParse(entry);
    if (!job.success) aside.push(entry);
    else if (!present.has(job.data.id)) await store.add(job.data);
  }
  if (aside.length > 0) {
    const before = await storage.getItem(OLD_JOBS_ASIDE_KEY);
    const kept = Array.isArray(before) ? before : [];
    await storage.setItems([{ key: OLD_JOBS_ASIDE_KEY, value: [...kept, ...aside] }]);
    console.warn(
      `${aside.length} stored registration job(s) could not be read; kept under ${OLD_JOBS_ASIDE_KEY}.`,
    );
  }
  await storage.removeItems([OLD_JOBS_KEY, `${OLD_JOBS_KEY}$`]);
}
