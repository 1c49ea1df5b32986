import type { Chunk, Job } from '../protocol/registration-job';
import { settledState, unresolved } from './jobs';
import { type Failure, type RegistrationProvider, sameEmail } from './registration-provider';

/** What run-job and reconcile need from the runner: time, and a way to record the job. */
export interface RunContext {
  provider: RegistrationProvider;
  now(): number;
  sleep(ms: number): Promise<void>;
  /**
   * Recomputes counts, writes the job's header and `chunks` (every chunk when omitted) to storage,
   * tells the views; resolves once written.
   */
  commit(job: Job, chunks?: readonly Chunk[]): Promise<void>;
}

/** Unknown outcomes (a dropped connection, a 5xx) a chunk may have before its people fail. */
export const MAX_ATTEMPTS = 5;
/** Listing failures tolerated in a row before the job pauses rather than guess. */
const LIST_TRIES = 3;

/** Puts the job aside: 'waiting' until a daily limit resets, or 'paused' with the reason. */
export function setAside(job: Job, failure: Failure): void {
  if (failure.kind === 'pause-until') {
    job.state = 'waiting';
    job.pausedUntil = failure.at;
  } else {
    job.state = 'paused';
    delete job.pausedUntil;
  }
  job.reason = failure.reason;
}

/**
 * Settles chunks whose call may have reached the service without its answer being recorded (a
 * worker stopped mid-call, a dropped connection). Re-sending blindly would spend the person's
 * 3-a-day allowance and, with a service less forgiving than Zoom, register them twice; the list of
 * registrants says who got in. Those present are registered with their id and link; the absent go
 * back to pending. Returns false when the job had to be put aside (the chunks stay in flight, so
 * the next start looks again).
 */
export async function reconcile(job: Job, chunks: Chunk[], ctx: RunContext): Promise<boolean> {
  for (let tries = 1; ; tries++) {
    let failure: Failure;
    try {
      const existing = await ctx.provider.listRegistrants({ kind: job.target.kind, id: job.target.id });
      const byEmail = new Map(existing.map((r) => [sameEmail(r.email), r]));
      for (const chunk of chunks) {
        for (const person of unresolved(chunk)) {
          const found = byEmail.get(sameEmail(person.email));
          if (!found) continue;
          person.outcome = {
            status: 'registered',
            registrantId: found.id,
            ...(found.joinUrl ? { joinUrl: found.joinUrl } : {}),
          };
        }
        chunk.state = settledState(chunk);
      }
      await ctx.commit(job, chunks);
      return true;
    } catch (error) {
      failure = ctx.provider.classify(error);
    }
    if (failure.kind === 'wait') {
      await ctx.sleep(failure.ms);
      continue;
    }
    if (failure.kind === 'unknown-outcome' && tries < LIST_TRIES) {
      await ctx.sleep(1000 * tries);
      continue;
    }
    const reason = `Could not check which registrations went through: ${failure.reason}`;
    setAside(job, failure.kind === 'pause-until' ? failure : { kind: 'chunk', reason });
    await ctx.commit(job, chunks);
    return false;
  }
}
