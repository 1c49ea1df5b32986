import { RegistrationError } from './errors';
import { createJobAlarms, type Scheduler } from './job-alarms';
import type { Chunk, Job } from '../protocol/registration-job';
import type { JobStore } from './job-store';
import { countJob, retryFailed } from './jobs';
import type { RunContext } from './reconcile';
import type { ProviderName, RegistrationProvider } from './registration-provider';
import { SINGLE_CHUNK_SIZE } from './plan';
import { pruneFinished } from './prune';
import { runJob } from './run-job';
import { alreadyUnderWay } from './same-work';
import { overBudget } from './storage-budget';

export type { Scheduler } from './job-alarms';
export type JobProgress = Omit<Job, 'chunks' | 'skipped'>;

export interface RunnerOptions {
  store: JobStore;
  provider: (name: ProviderName) => RegistrationProvider;
  scheduler: Scheduler;
  /**
   * Every change of a job: its state, counts and reason, without the people (cheap to send to open
   * views on every chunk; a results table reads the stored job).
   */
  onProgress?: (job: JobProgress) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The storage budget of unfinished jobs (storage-budget.ts); tests lower it. */
  unfinishedBytes?: number;
  /** Chunks sent at once (run-job.ts, CHUNKS_IN_FLIGHT); the pacer still spaces their calls. */
  chunksInFlight?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const ACTIVE = new Set(['queued', 'running']);

const progressOf = (job: Job): JobProgress => {
  const { chunks: _chunks, skipped: _skipped, ...progress } = job;
  return structuredClone(progress);
};

/** The sentence for a job the browser would not store: it did not start, and nothing was sent. */
function notStored(error: unknown): RegistrationError {
  const detail = error instanceof Error ? error.message : String(error);
  const why = /quota/i.test(detail) ? "the browser's storage for this extension is full" : detail;
  return new RegistrationError(
    'not-stored',
    `The job did not start: it could not be saved (${why}). Nobody was sent; free some space (finished jobs you no longer need), then try again.`,
  );
}

/** Queued jobs run one at a time, in order; all state lives in the store, so a new runner resumes. */
export function createRegistrationRunner(options: RunnerOptions) {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  let jobs: Job[] | undefined;
  let loop: Promise<void> | undefined;
  let current: string | undefined;
  const alarms = createJobAlarms(options.scheduler, now);

  let loading: Promise<Job[]> | undefined;
  // One read shared by every caller: a worker woken by a page's message runs `resumeAll` and that
  // message's handler at once, and two reads would give two copies of the jobs (the loop editing
  // one while commits write the other, so progress never reached storage and chunks went twice).
  const load = () => (loading ??= options.store.load().then((list) => (jobs = list)));
  const find = async (id: string) => (await load()).find((j) => j.id === id);

  /**
   * Writes the job's header and the chunks that changed (every chunk when not said), and reports
   * progress. The store validates and copies what it writes as it is called, and browser storage
   * applies writes in call order, so no snapshot is taken here.
   */
  async function commit(job: Job, chunks?: readonly Chunk[]): Promise<void> {
    job.updatedAt = now();
    job.counts = countJob(job);
    await options.store.save(job, chunks);
    await alarms.sync(job);
    options.onProgress?.(progressOf(job));
  }

  const next = () =>
    jobs?.find((j) => j.state === 'running' && j.id !== current) ?? jobs?.find((j) => j.state === 'queued');

  async function drain(): Promise<void> {
    for (let job = next(); job; job = next()) {
      const running = job;
      current = running.id;
      running.state = 'running';
      const ctx: RunContext = { provider: options.provider(running.provider), now, sleep, commit };
      try {
        await commit(running, []);
        await runJob(running, ctx, () => running.state === 'running', options.chunksInFlight);
        if (running.state === 'running') throw new Error('the job ended without an outcome');
      } catch (error) {
        // A bug or a failed storage write: stop this job visibly rather than loop on it.
        running.state = 'paused';
        running.reason = `The job stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`;
        await commit(running, []).catch(() => {});
      } finally {
        current = undefined;
      }
    }
  }

  function kick(): Promise<void> {
    loop ??= drain().finally(() => {
      loop = undefined;
      if (next()) void kick();
    });
    return loop;
  }

  /**
   * Applies a control: `mutate` edits the job's state in place (the loop may hold it; only the header
   * is written) or returns a new job (regrouped chunks: all of it is written).
   */
  async function change(id: string, mutate: (job: Job) => boolean | Job): Promise<JobProgress | undefined> {
    const all = await load();
    const index = all.findIndex((j) => j.id === id);
    const result = index < 0 ? false : mutate(all[index]!);
    if (result === false) return undefined;
    if (result !== true) all[index] = result;
    const job = all[index]!;
    await commit(job, result === true ? [] : undefined);
    void kick();
    return progressOf(job);
  }

  /**
   * Stores a new job, then adopts it: a job the browser refused to store never enters the queue, so
   * nothing can run it later. One at a time, so two starts cannot both pass the checks.
   */
  async function add(job: Job): Promise<JobProgress> {
    const all = await load();
    if (all.some((j) => j.id === job.id)) throw new Error(`A job with id ${job.id} exists already.`);
    const twice = alreadyUnderWay(all, job);
    if (twice) throw new RegistrationError('already-running', twice);
    // Old finished jobs make room (prune.ts); in place, since the loop holds this array.
    const kept = new Set(pruneFinished(all, now()));
    const gone = all.filter((j) => !kept.has(j));
    if (gone.length > 0) {
      await options.store.remove(gone.map((j) => j.id));
      all.splice(0, all.length, ...all.filter((j) => kept.has(j)));
    }
    const refusal = overBudget(all, job, options.unfinishedBytes);
    if (refusal) throw new RegistrationError('storage-full', refusal);
    const fresh = structuredClone(job);
    fresh.counts = countJob(fresh);
    try {
      await options.store.add(fresh);
    } catch (error) {
      throw notStored(error);
    }
    all.push(fresh);
    options.onProgress?.(progressOf(fresh));
    void kick();
    return progressOf(fresh);
  }
  let adding: Promise<unknown> = Promise.resolve();

  const set = (job: Job, state: Job['state']) => {
    job.state = state;
    delete job.pausedUntil;
    delete job.reason;
    return true;
  };

  const resume = (id: string) =>
    change(id, (j) => (j.state === 'paused' || j.state === 'waiting') && set(j, 'queued'));

  // Plain functions, not methods: the background hands `onAlarm` to a listener unbound.
  return {
    /**
     * Adds a job (from `createJob`) to the queue and starts the queue if idle. Rejects with a
     * RegistrationError saying why when the job was not stored: it then never runs.
     */
    enqueue(job: Job): Promise<JobProgress> {
      const added = adding.then(() => add(job));
      adding = added.catch(() => {});
      return added;
    },
    /** Stops after the call in progress; its answer is still recorded. */
    pause: (id: string) =>
      change(id, (j) => (ACTIVE.has(j.state) || j.state === 'waiting') && set(j, 'paused')),
    resume,
    /** Stops after the call in progress; people not yet sent stay without an outcome. */
    cancel: (id: string) =>
      change(id, (j) => j.state !== 'done' && j.state !== 'cancelled' && set(j, 'cancelled')),
    /** Regroups the failed people of a finished, paused or cancelled job into new chunks and queues it. */
    retryFailed: (id: string) =>
      change(id, (j) => {
        if (ACTIVE.has(j.state)) return false;
        const size = j.path === 'batch' ? options.provider(j.provider).batchLimit : SINGLE_CHUNK_SIZE;
        const retried = retryFailed(j, size);
        return retried !== j && retried;
      }),
    /** After a (service-worker) start: re-arms waits, resumes what was running or queued. */
    async resumeAll(): Promise<void> {
      for (const job of await load()) {
        if (job.state !== 'waiting') continue;
        if ((job.pausedUntil ?? 0) <= now()) await resume(job.id);
        else await alarms.sync(job);
      }
      void kick();
    },
    /** The job's alarm fired: its daily limit has reset, or the watchdog found it stopped. */
    async onAlarm(jobId: string): Promise<void> {
      const job = await find(jobId);
      if (!job) return void (await options.scheduler.cancel(jobId));
      if (job.state === 'waiting') await resume(jobId);
      else if (ACTIVE.has(job.state) && current !== jobId) void kick();
      else if (!ACTIVE.has(job.state)) await options.scheduler.cancel(jobId);
    },
    /** Every job with its people (tests, and a results table: use `job` for one). */
    async jobs(): Promise<Job[]> {
      return structuredClone(await load());
    },
    /** One job with its people, or undefined. */
    async job(id: string): Promise<Job | undefined> {
      const job = await find(id);
      return job && structuredClone(job);
    },
    /** Every job without its people: cheap enough to answer a page's poll during a run. */
    async progress(): Promise<JobProgress[]> {
      return (await load()).map(progressOf);
    },
    /** Resolves when no job is left to run (tests; the background may keep itself alive until then). */
    idle: async (): Promise<void> => {
      while (loop) await loop;
    },
  };
}

export type RegistrationRunner = ReturnType<typeof createRegistrationRunner>;
