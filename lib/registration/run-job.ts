import type { Chunk, Job, JobPerson } from './job-schema';
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
 * cancelled, waiting for a daily reset, or ended by the event ('stop').
 */
export async function runChunk(
  job: Job,
  chunk: Chunk,
  ctx: RunContext,
  running: () => boolean,
): Promise<'next' | 'stop'> {
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
        failRemaining(job, failure.reason);
        job.state = 'done';
        job.reason = failure.reason;
        await ctx.commit(job);
        return 'stop';
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

/** Runs a job from wherever it stands: first settles what a stopped worker left in flight. */
export async function runJob(job: Job, ctx: RunContext, running: () => boolean): Promise<void> {
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
  for (const chunk of job.chunks) {
    if (chunk.state !== 'pending') continue;
    if ((await runChunk(job, chunk, ctx, running)) === 'stop') return;
  }
  if (!running()) return;
  job.state = 'done';
  delete job.pausedUntil;
  await ctx.commit(job, []);
}
