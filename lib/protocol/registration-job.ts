import { z } from 'zod';
import { PROVIDER_KEYS } from '../brands/brands';

// A registration job as the runner holds it, and the pieces it is stored in (job-store.ts): a small
// header per job, its skipped people, and one key per chunk, so recording a chunk writes kilobytes,
// not the whole job. Storage is outside input: every read is parsed, and a chunk can never hold more
// than the 30 a batch call takes.

export const MAX_CHUNK = 30;

export const OutcomeSchema = z.object({
  /** `invalid`: a line of the input that names nobody usable; kept so results list every line. */
  status: z.enum(['registered', 'failed', 'skipped-duplicate', 'already-registered', 'invalid']),
  registrantId: z.string().optional(),
  joinUrl: z.string().optional(),
  /** Why, in a sentence a host understands (failed, or skipped). */
  error: z.string().optional(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const JobPersonSchema = z.object({
  /** The input line, so results point back at the pasted text or CSV row. */
  line: z.number().int(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string().optional(),
  /** What an invalid line said (its address, if any, could not be read), so the host can fix it. */
  text: z.string().optional(),
  /** Absent until the person's call is answered (or reconciled). */
  outcome: OutcomeSchema.optional(),
});
export type JobPerson = z.infer<typeof JobPersonSchema>;

export const ChunkStateSchema = z.enum(['pending', 'in-flight', 'done', 'failed']);
export type ChunkState = z.infer<typeof ChunkStateSchema>;

export const ChunkSchema = z.object({
  index: z.number().int().nonnegative(),
  people: z.array(JobPersonSchema).max(MAX_CHUNK),
  /** 'in-flight' is written before a call; finding it on start means the answer was never recorded. */
  state: ChunkStateSchema,
  /** Calls whose outcome was unknown (network, 5xx); bounded so a sick server ends in "failed". */
  attempts: z.number().int().nonnegative(),
});
export type Chunk = z.infer<typeof ChunkSchema>;

export const JobStateSchema = z.enum(['queued', 'running', 'paused', 'waiting', 'done', 'cancelled']);
export type JobState = z.infer<typeof JobStateSchema>;

export const CountsSchema = z.object({
  total: z.number().int(),
  registered: z.number().int(),
  failed: z.number().int(),
  duplicates: z.number().int(),
  alreadyRegistered: z.number().int(),
  /** Still to send (or to reconcile). */
  remaining: z.number().int(),
  /** Input lines that named nobody usable; absent when none (and in jobs stored before it). */
  invalid: z.number().int().optional(),
});
export type Counts = z.infer<typeof CountsSchema>;

const JobFields = {
  id: z.string().min(1),
  provider: z.enum(PROVIDER_KEYS),
  createdAt: z.number(),
  updatedAt: z.number(),
  target: z.object({
    kind: z.enum(['meeting', 'webinar']),
    id: z.string().min(1),
    topic: z.string(),
    type: z.number().int(),
  }),
  path: z.enum(['batch', 'single']),
  options: z.object({
    autoApprove: z.boolean().optional(),
    confirmationEmail: z.boolean().optional(),
    occurrenceIds: z.array(z.string()).optional(),
  }),
  state: JobStateSchema,
  /** While 'waiting': when the daily limit resets and the job goes on by itself. */
  pausedUntil: z.number().optional(),
  /** Why the job is paused, waiting or ended early, for the view to say. */
  reason: z.string().optional(),
  counts: CountsSchema,
};

export const JobSchema = z.object({
  ...JobFields,
  chunks: z.array(ChunkSchema),
  /**
   * People the plan left out (duplicates in the input, already registered) and the input's invalid
   * lines, each with why: with the chunks' people, every line of the input.
   */
  skipped: z.array(JobPersonSchema),
});
export type Job = z.infer<typeof JobSchema>;

/** The old layout (`local:registrationJobs`, every job in one item), read once to migrate it. */
export const JobListSchema = z.array(JobSchema);

/** What `local:registrationJob:<id>` holds: the job without its people, and how many chunks it has. */
export const JobHeaderSchema = z.object({ ...JobFields, chunkCount: z.number().int().nonnegative() });
export type JobHeader = z.infer<typeof JobHeaderSchema>;

export const SkippedSchema = z.array(JobPersonSchema);

/** `local:registrationJobIndex`: the ids of every stored job, oldest first. */
export const JobIndexSchema = z.array(z.string().min(1));
