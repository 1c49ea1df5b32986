import { migrateRegistrationJobsToV2 } from './job-migration-2';
import { createJobStore, type StorageApi } from './job-store';

// Registration jobs (lib/registration): durable so a stopped service worker or a closed browser
// resumes them; each chunk is written before and after its call. A job is kept in pieces under
// `local:registrationJob:<id>...`, listed by `local:registrationJobIndex` (job-store.ts);
// the first read moves jobs from the single `local:registrationJobs` item of layout 1. Finished jobs
// stay for their results table until pruned (prune.ts).
/** A factory: the store remembers the index it read, so each runner (each worker start) gets its own. */
export const createRegistrationJobStore = (storage?: StorageApi) =>
  createJobStore({
    prefix: 'local:registrationJob',
    migrate: migrateRegistrationJobsToV2,
    ...(storage ? { storage } : {}),
  });
