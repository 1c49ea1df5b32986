import type { Chunk, Job, JobPerson } from '../protocol/registration-job';
import { settledState, unresolved } from './jobs';
import { MAX_ATTEMPTS, reconcile, type RunContext, setAside } from './reconcile';
import { type Failure, type Person, sameEmail } from './registration-provider';

const fail = (person: JobPerson, reason: string) => {
  person.outcome = { status: 'failed', error: reason };
};
const asPerson = (p: JobPerson): Person => ({ email: p.email, firstName: p.firstName, lastName: p.lastName });
const eventOf = (job: Job) => ({ kind: job.target.kind, id: job.target.id });

/** One call for the whole chunk; each person's outcome from the provider's answer, matched by address. */
async function sendBatch(job: Job, people: JobPerson[], ctx: RunContext): Promise<void> {
  const registered = await ctx.provider.batchRegister(eventOf(job), people.map(asPerson), job.options);
  const byEmail = new Map(registered.map((r) => [sameEmail(r.email), r]));
  for (const person of people) {
    const r = byEmail.get(sameEmail(person.email));
    if (!r) fail(person, 'The service accepted the batch but did not confirm this person; retry them.');
    else
      person.outcome = {
        status: 'registered',
        registrantId: r.registrantId,
        ...(r.joinUrl ? { joinUrl: r.joinUrl } : {}),
      };
  }
}

/**
 * One call per person. A refusal that concerns this person alone fails them and the chunk goes on;
 * anything larger (a limit, the event, the network) stops the chunk for the caller to handle.
 */
async function sendEach(job: Job, people: JobPerson[], ctx: RunContext, running: () => boolean) {
  for (const person of people) {
    if (!running()) return;
    try {
      const r = await ctx.provider.addRegistrant(eventOf(job), asPerson(person), job.options);
      person.outcome = {
        status: 'registered',
        registrantId: r.registrantId,
        ...(r.joinUrl ? { joinUrl: r.joinUrl } : {}),
      };
    } catch (error) {
      const failure = ctx.provider.classify(error);
      if (failure.kind !== 'person' && failure.kind !== 'chunk') throw error;
      fail(person, failure.reason);
    }
  }
}

/** Every person not yet answered, in every chunk: the event refused them all. */
function failRemaining(job: Job, reason: string) {
  for (const chunk of job.chunks) {
    for (const person of unresolved(chunk)) fail(person, reason);
    chunk.state = settledState(chunk);
  }
}

/**
 * Runs one chunk until each of its people has an outcome ('next') or the job must stop: paused,
 * cancelled or waiting for a daily reset ('stop'), or ended by the event (`end`, with why: the job
 * ends once the other chunks in flight have their answers).
 */
export async function runChunk(
  job: Job,
  chunk: Chunk,
  ctx: RunContext,
  running: () => boolean,
): Promise<'next' | 'stop' | { end: string }> {
  for (;;) {
    const people = unresolved(chunk);
    if (people.length === 0 || !running()) {
      chunk.state = settledState(chunk);
      await ctx.commit(job, [chunk]);
      return people.length === 0 ? 'next' : 'stop';
    }
    chunk.state = 'in-flight';
    await ctx.commit(job, [chunk]); // before the call: a worker stopped now leaves a chunk to reconcile
    let failure: Failure | undefined;
    try {
      if (job.path === 'batch') await sendBatch(job, people, ctx);
      else await sendEach(job, people, ctx, running);
    } catch (error) {
      failure = ctx.provider.classify(error);
    }
    chunk.state = settledState(chunk);
    if (!failure) continue;

    switch (failure.kind) {
      case 'wait':
        await ctx.commit(job, [chunk]);
        await ctx.sleep(failure.ms);
        break;
      case 'person': {
        // Zoom refuses the whole batch for one person's daily limit: fail them, send the others.
        const refused = people.find((p) => sameEmail(p.email) === sameEmail(failure.email));
        if (refused) fail(refused, failure.reason);
        else for (const person of people) fail(person, failure.reason);
        chunk.state = settledState(chunk);
        break;
      }
      case 'unknown-outcome':
        chunk.state = 'in-flight';
        chunk.attempts++;
        if (!(await reconcile(job, [chunk], ctx))) return 'stop';
        if (chunk.attempts >= MAX_ATTEMPTS) {
          for (const person of unresolved(chunk)) fail(person, failure.reason);
          chunk.state = settledState(chunk);
        }
        break;
      case 'job':
        await ctx.commit(job, [chunk]);
        return { end: failure.reason };
      case 'pause-until':
      case 'signed-out':
        setAside(job, failure);
        await ctx.commit(job, [chunk]);
        return 'stop';
      case 'chunk':
        for (const person of unresolved(chunk)) fail(person, failure.reason);
        chunk.state = settledState(chunk);
        break;
    }
  }
}

/**
 * Chunks in flight at once. One call at a time would leave the rate limit idle while each answer
 * travels back (167 calls x 300 ms is 50 s on top of the 16.7 s floor); the pacer still decides
 * when each call starts, so more in flight never means faster than the limit. Every chunk is
 * written in flight before its call, so a stopped worker leaves each of them to reconcile.
 */
export const CHUNKS_IN_FLIGHT = 6;

/** Runs a job from wherever it stands: first settles what a stopped worker left in flight. */
export async function runJob(
  job: Job,
  ctx: RunContext,
  running: () => boolean,
  inFlightAtOnce = CHUNKS_IN_FLIGHT,
): Promise<void> {
  const inFlight = job.chunks.filter((c) => c.state === 'in-flight');
  if (inFlight.length > 0) {
    for (const chunk of inFlight) chunk.attempts++;
    if (!(await reconcile(job, inFlight, ctx))) return;
    const given = inFlight.filter((c) => c.attempts >= MAX_ATTEMPTS);
    for (const chunk of given) {
      for (const person of unresolved(chunk)) fail(person, 'Zoom did not answer after several tries.');
      chunk.state = settledState(chunk);
    }
    if (given.length > 0) await ctx.commit(job, given);
  }

  const queue = job.chunks.filter((c) => c.state === 'pending');
  let stopped = false;
  let ended: string | undefined;
  const going = () => !stopped && ended === undefined && running();
  async function worker(chunks: number): Promise<void> {
    for (let n = 0; n < chunks && queue.length > 0; n++) {
      if (!going()) return;
      const chunk = queue.shift()!;
      const result = await runChunk(job, chunk, ctx, going);
      if (result === 'stop') stopped = true;
      else if (result !== 'next') ended ??= result.end;
    }
  }
  // The first chunk goes alone: an event that refuses everyone (over, full, wrong type) or a daily
  // limit already reached then costs one call, not one per worker. Then each worker takes the next
  // pending chunk; all have answered (or stopped) before the job moves on.
  await worker(1);
  await Promise.all(Array.from({ length: Math.max(1, inFlightAtOnce) }, () => worker(Infinity)));

  if (ended !== undefined && running()) {
    // The event refuses everyone: those not yet answered fail, now that no call is in flight.
    failRemaining(job, ended);
    job.state = 'done';
    job.reason = ended;
    await ctx.commit(job);
    return;
  }
  if (stopped || !running()) return;
  job.state = 'done';
  delete job.pausedUntil;
  await ctx.commit(job, []);
}
