import type { Chunk, ChunkState, Counts, Job, JobPerson } from '../protocol/registration-job';
import type { Rejected } from './person';
import type { Plan } from './plan';
import type { ProviderName } from './registration-provider';

export type { Chunk, Counts, Job, JobPerson, JobState, Outcome } from '../protocol/registration-job';

export type { JobStore } from './job-store';

const person = (p: { line: number; email: string; firstName: string; lastName?: string | undefined }) =>
  p.lastName
    ? { line: p.line, email: p.email, firstName: p.firstName, lastName: p.lastName }
    : { line: p.line, email: p.email, firstName: p.firstName };

const toChunks = (groups: JobPerson[][], from = 0): Chunk[] =>
  groups.map((people, i) => ({ index: from + i, people, state: 'pending', attempts: 0 }));

/**
 * A queued job from an accepted plan, for the provider that planned it. `invalid` is the parse's
 * rejected lines: the job keeps them so its results and export account for every input line.
 */
export function createJob(
  plan: Plan,
  meta: { id: string; now: number; provider: ProviderName; invalid?: readonly Rejected[] },
): Job {
  const { event } = plan;
  const skipped: JobPerson[] = [
    ...(meta.invalid ?? []).map((r) => ({
      line: r.line,
      email: '',
      firstName: '',
      text: r.text,
      outcome: { status: 'invalid' as const, error: r.reason },
    })),
    ...plan.duplicates.map((d) => ({
      ...person({ line: d.line, email: d.email, firstName: '' }),
      outcome: { status: 'skipped-duplicate' as const, error: `Same address as line ${d.firstLine}.` },
    })),
    ...plan.alreadyRegistered.map((r) => ({
      ...person({ line: r.line, email: r.email, firstName: '' }),
      outcome: {
        status: 'already-registered' as const,
        registrantId: r.registrantId,
        ...(r.joinUrl ? { joinUrl: r.joinUrl } : {}),
        error: `Already registered (${r.status}).`,
      },
    })),
  ].sort((a, b) => a.line - b.line);
  const options = Object.fromEntries(Object.entries(plan.options).filter(([, v]) => v !== undefined));
  const job: Job = {
    id: meta.id,
    provider: meta.provider,
    createdAt: meta.now,
    updatedAt: meta.now,
    target: { kind: event.kind, id: event.id, topic: event.topic, type: event.type },
    path: plan.path,
    options,
    state: 'queued',
    chunks: toChunks(plan.chunks.map((c) => c.map(person))),
    skipped,
    counts: { total: 0, registered: 0, failed: 0, duplicates: 0, alreadyRegistered: 0, remaining: 0 },
  };
  return withCounts(job);
}

export const unresolved = (chunk: Chunk) => chunk.people.filter((p) => p.outcome === undefined);

/** A chunk whose people all have an outcome is done (or failed, if any of them failed). */
export function settledState(chunk: Chunk): ChunkState {
  if (chunk.people.some((p) => p.outcome === undefined)) return 'pending';
  return chunk.people.some((p) => p.outcome?.status === 'failed') ? 'failed' : 'done';
}

export function countJob(job: Job): Counts {
  const counts: Counts = {
    total: 0,
    registered: 0,
    failed: 0,
    duplicates: 0,
    alreadyRegistered: 0,
    remaining: 0,
  };
  for (const p of [...job.chunks.flatMap((c) => c.people), ...job.skipped]) {
    counts.total++;
    const status = p.outcome?.status;
    if (status === 'registered') counts.registered++;
    else if (status === 'failed') counts.failed++;
    else if (status === 'skipped-duplicate') counts.duplicates++;
    else if (status === 'already-registered') counts.alreadyRegistered++;
    else if (status === 'invalid') counts.invalid = (counts.invalid ?? 0) + 1;
    else counts.remaining++;
  }
  return counts;
}

export function withCounts(job: Job): Job {
  return { ...job, counts: countJob(job) };
}

/** Every person of a job with their outcome, in input order: the results table and its CSV. */
export function jobResults(job: Job): JobPerson[] {
  return [...job.chunks.flatMap((c) => c.people), ...job.skipped].sort((a, b) => a.line - b.line);
}

/**
 * "Retry the failed": the failed people leave their chunks and are regrouped into new full chunks,
 * so 3 failures spread over 3 chunks cost one call, not three.
 */
export function retryFailed(job: Job, chunkSize: number): Job {
  const failed: JobPerson[] = [];
  const chunks = job.chunks.map((chunk) => {
    const kept = chunk.people.filter((p) => p.outcome?.status !== 'failed');
    failed.push(...chunk.people.filter((p) => p.outcome?.status === 'failed').map(person));
    return kept.length === chunk.people.length
      ? chunk
      : { ...chunk, people: kept, state: settledState({ ...chunk, people: kept }) };
  });
  if (failed.length === 0) return job;
  const groups: JobPerson[][] = [];
  for (let i = 0; i < failed.length; i += chunkSize) groups.push(failed.slice(i, i + chunkSize));
  const { pausedUntil: _until, reason: _reason, ...rest } = job;
  return withCounts({ ...rest, state: 'queued', chunks: [...chunks, ...toChunks(groups, chunks.length)] });
}
