import type { JobProgressView, Preview } from '@/lib/protocol/registration';
import { ok } from './runtime-messages';

// What the registration views are shown: a preview, a job's progress, the answers every page needs.

export const TARGET = { provider: 'zoom', kind: 'meeting', id: '81000000002' } as const;

export function preview(over: Partial<Preview> = {}): Preview {
  return {
    event: { kind: 'meeting', id: TARGET.id, topic: 'Onboarding', type: 2, registration: 'automatic' },
    invalid: [],
    path: 'batch',
    sample: [{ line: 1, email: 'ada@example.org', firstName: 'Ada' }],
    duplicates: [],
    alreadyRegistered: [],
    counts: {
      valid: 1,
      invalid: 0,
      duplicates: 0,
      alreadyRegistered: 0,
      toRegister: 1,
      calls: 1,
      seatsAfter: 5,
      capacity: 4999,
    },
    ...over,
  };
}

export function job(over: Partial<JobProgressView> = {}): JobProgressView {
  return {
    id: 'job-1',
    provider: 'zoom',
    createdAt: 1_000_000,
    updatedAt: 1_010_000,
    target: { kind: 'meeting', id: TARGET.id, topic: 'Onboarding', type: 2 },
    path: 'batch',
    options: {},
    state: 'running',
    counts: { total: 100, registered: 40, failed: 0, duplicates: 0, alreadyRegistered: 0, remaining: 60 },
    ...over,
  };
}

/** The answers every page render needs: no targets listed, no jobs, nobody registered. */
export const quietPage = {
  'registration.targets': () => ok({ items: [] }),
  'registration.jobs': () => ok({ jobs: [] }),
  'registrants.list': () => ok({ registrants: [] }),
};
