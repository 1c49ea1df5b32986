import { storage as wxtStorage } from 'wxt/utils/storage';
import {
  type Chunk,
  ChunkSchema,
  type Job,
  type JobHeader,
  JobHeaderSchema,
  JobIndexSchema,
  SkippedSchema,
} from '../protocol/registration-job';

/**
 * Where the runner keeps its jobs. Each job is stored in pieces: `<prefix>:<id>` (the header: state,
 * counts, target), `<prefix>:<id>:skipped`, and `<prefix>:<id>:chunk:<n>`, listed by the index
 * `<prefix>Index`. Recording one chunk writes its header and that chunk, a few kilobytes, instead of
 * the whole job (1.3 MB at 4,999 people), and one job's write can never carry another job with it.
 */
export interface JobStore {
  /** Every readable job, oldest first. A job that cannot be read is left in storage untouched. */
  load(): Promise<Job[]>;
  /** Writes a whole new job and its place in the index in one storage call: all or nothing. */
  add(job: Job): Promise<void>;
  /** Writes the job's header and the given chunks (every chunk when omitted), in one storage call. */
  save(job: Job, chunks?: readonly Chunk[]): Promise<void>;
  /** Forgets jobs: out of the index first, then their keys. */
  remove(ids: readonly string[]): Promise<void>;
}

/** The part of WXT's `storage` the store uses; tests pass one whose writes fail. */
export type StorageApi = Pick<typeof wxtStorage, 'getItem' | 'getItems' | 'setItems' | 'removeItems'>;

type Key = `local:${string}`;
type Entry = { key: Key; value: unknown };

export interface JobStoreOptions {
  prefix?: Key;
  storage?: StorageApi;
  /** Runs before the first read: brings an older layout into this one (migrations/registration-jobs-2.ts). */
  migrate?: (store: JobStore, storage: StorageApi) => Promise<void>;
}

export function createJobStore(options: JobStoreOptions = {}): JobStore {
  const prefix = options.prefix ?? 'local:registrationJob';
  const storage = options.storage ?? wxtStorage;
  const indexKey: Key = `${prefix}Index`;
  const headerKey = (id: string): Key => `${prefix}:${id}`;
  const skippedKey = (id: string): Key => `${prefix}:${id}:skipped`;
  const chunkKey = (id: string, n: number): Key => `${prefix}:${id}:chunk:${n}`;
  /** Ids in the index, readable or not: an unreadable job keeps its place (and its data). */
  let ids: string[] | undefined;
  let warned = false;

  const header = (job: Job): JobHeader => {
    const { chunks, skipped: _skipped, ...rest } = job;
    return JobHeaderSchema.parse({ ...rest, chunkCount: chunks.length });
  };
  const chunkEntries = (job: Job, chunks: readonly Chunk[]): Entry[] =>
    chunks.map((c) => ({ key: chunkKey(job.id, c.index), value: ChunkSchema.parse(c) }));
  const keysOf = (id: string, chunkCount: number): Key[] => [
    headerKey(id),
    skippedKey(id),
    ...Array.from({ length: chunkCount }, (_, n) => chunkKey(id, n)),
  ];

  async function readIndex(): Promise<string[]> {
    const raw = await storage.getItem(indexKey);
    if (raw === null) return [];
    const parsed = JobIndexSchema.safeParse(raw);
    // Without an index no job can be found, but each is still under its own key: nothing is lost
    // by starting a new index, and the next add keeps what was there (it only appends).
    if (!parsed.success) throw new Error(`The list of registration jobs (${indexKey}) is unreadable.`);
    return parsed.data;
  }

  async function readJob(id: string): Promise<Job | undefined> {
    const [rawHeader, rawSkipped] = await storage.getItems([headerKey(id), skippedKey(id)]);
    const head = JobHeaderSchema.safeParse(rawHeader?.value);
    const skipped = SkippedSchema.safeParse(rawSkipped?.value);
    if (!head.success || !skipped.success) return undefined;
    const { chunkCount, ...rest } = head.data;
    const raws = chunkCount
      ? await storage.getItems(Array.from({ length: chunkCount }, (_, n) => chunkKey(id, n)))
      : [];
    const chunks: Chunk[] = [];
    for (const [n, raw] of raws.entries()) {
      const chunk = ChunkSchema.safeParse(raw.value);
      if (!chunk.success || chunk.data.index !== n) return undefined;
      chunks.push(chunk.data);
    }
    return { ...rest, chunks, skipped: skipped.data };
  }

  const store: JobStore = {
    async load() {
      ids = await readIndex();
      const jobs: Job[] = [];
      const unreadable: string[] = [];
      for (const id of ids) {
        const job = await readJob(id);
        if (job) jobs.push(job);
        else unreadable.push(id);
      }
      if (unreadable.length > 0 && !warned) {
        warned = true;
        // Not run and not overwritten: the data stays under its keys for a later version to read.
        console.warn(`Registration jobs set aside, unreadable in storage: ${unreadable.join(', ')}`);
      }
      return jobs;
    },
    async add(job) {
      const known = ids ?? (await readIndex());
      if (known.includes(job.id)) throw new Error(`A job with id ${job.id} exists already.`);
      const index = [...known, job.id];
      await storage.setItems([
        { key: headerKey(job.id), value: header(job) },
        { key: skippedKey(job.id), value: SkippedSchema.parse(job.skipped) },
        ...chunkEntries(job, job.chunks),
        { key: indexKey, value: index },
      ]);
      ids = index;
    },
    async save(job, chunks = job.chunks) {
      await storage.setItems([{ key: headerKey(job.id), value: header(job) }, ...chunkEntries(job, chunks)]);
    },
    async remove(gone) {
      if (gone.length === 0) return;
      const known = ids ?? (await readIndex());
      const counts = await storage.getItems(gone.map(headerKey));
      const index = known.filter((id) => !gone.includes(id));
      await storage.setItems([{ key: indexKey, value: index }]);
      ids = index;
      const keys = gone.flatMap((id, i) => {
        const head = JobHeaderSchema.safeParse(counts[i]?.value);
        return keysOf(id, head.success ? head.data.chunkCount : 0);
      });
      await storage.removeItems(keys);
    },
  };
  const { migrate } = options;
  if (!migrate) return store;
  let migrated: Promise<void> | undefined;
  return {
    ...store,
    async load() {
      // Tried again on the next read if it failed (a full storage, say): the old item is still there.
      migrated ??= migrate(store, storage).catch((error: unknown) => {
        migrated = undefined;
        throw error;
      });
      await migrated;
      return store.load();
    },
  };
}
