import { z } from 'zod';
import { JobPersonSchema, JobSchema } from './registration-job';
import { ProviderSchema } from './meetings';
import { EventKindSchema } from './popup';

// Messages behind the registrants page and the calendar's registrants panel. Extension pages only:
// join links are personal and registrant lists are the host's data, so no content script asks.

/**
 * The meeting or webinar people register to, and at which provider (Zoom when unsaid: older pages
 * and links name no provider). Zoom ids are digits; Webex's are 32 hex characters, `_` for an
 * occurrence. Either goes into API paths, so nothing else is let through.
 */
export const TargetSchema = z
  .strictObject({
    provider: ProviderSchema.default('zoom'),
    kind: EventKindSchema,
    id: z.string().regex(/^\w{1,64}$/),
  })
  .refine((t) => t.provider !== 'zoom' || /^\d+$/.test(t.id), {
    message: 'A Zoom meeting or webinar id is digits only.',
    path: ['id'],
  });
export type Target = z.infer<typeof TargetSchema>;

/** The engine's capacity bounds every list: 4,999 people (plus slack for bad lines) per message. */
const MAX_PEOPLE = 10_000;
const MAX_TEXT = 4_000_000;

const GuestSchema = z.strictObject({ email: z.string().max(320), name: z.string().max(256).optional() });
export const RegistrationInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().max(MAX_TEXT) }),
  z.strictObject({ kind: z.literal('csv'), text: z.string().max(MAX_TEXT) }),
  z.strictObject({ kind: z.literal('selection'), text: z.string().max(MAX_TEXT) }),
  z.strictObject({ kind: z.literal('guests'), guests: z.array(GuestSchema).max(MAX_PEOPLE) }),
]);

export const RegisterOptionsSchema = z.strictObject({
  autoApprove: z.boolean().optional(),
  confirmationEmail: z.boolean().optional(),
  occurrenceIds: z.array(z.string().min(1)).max(100).optional(),
});

const PrepareRequest = z.strictObject({
  target: TargetSchema,
  input: RegistrationInputSchema,
  options: RegisterOptionsSchema.default({}),
});

const Line = z.number().int();
const PersonRow = z.object({
  line: Line,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string().optional(),
});
const Invalid = z.object({ line: Line, text: z.string(), reason: z.string() });
const RegistrantStatus = z.enum(['approved', 'pending', 'denied']);

export const PreviewCountsSchema = z.object({
  valid: z.number().int(),
  invalid: z.number().int(),
  duplicates: z.number().int(),
  alreadyRegistered: z.number().int(),
  toRegister: z.number().int(),
  /** API calls the run will make (batches of 30, or one per person on the single path). */
  calls: z.number().int(),
  seatsAfter: z.number().int(),
  capacity: z.number().int(),
});

export const PreviewSchema = z.object({
  event: z.object({
    kind: EventKindSchema,
    id: z.string(),
    topic: z.string(),
    type: z.number().int(),
    registration: z.enum(['none', 'automatic', 'manual']),
  }),
  invalid: z.array(Invalid),
  /** Set when the plan refuses: the sentence says why; nothing would be sent. */
  refusal: z.object({ code: z.string(), reason: z.string() }).optional(),
  path: z.enum(['batch', 'single']).optional(),
  /** The first people to be registered, as a sample; the counts give the whole. */
  sample: z.array(PersonRow),
  duplicates: z.array(z.object({ line: Line, email: z.string(), firstLine: Line })),
  alreadyRegistered: z.array(z.object({ line: Line, email: z.string(), status: RegistrantStatus })),
  counts: PreviewCountsSchema,
});
export type Preview = z.infer<typeof PreviewSchema>;

/** A job without its people: what lists and progress events carry. */
export const JobProgressSchema = JobSchema.omit({ chunks: true, skipped: true });
export type JobProgressView = z.infer<typeof JobProgressSchema>;

/** Pushed by the background to open extension pages after every change of a job. */
export const ProgressEventSchema = z.object({
  type: z.literal('registration.progress'),
  job: JobProgressSchema,
});

export const TargetItemSchema = z.object({
  provider: ProviderSchema,
  kind: EventKindSchema,
  id: z.string(),
  topic: z.string(),
  startTime: z.string().optional(),
  registration: z.enum(['automatic', 'manual']),
});
export type TargetItem = z.infer<typeof TargetItemSchema>;

export const RegistrantRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  status: RegistrantStatus,
  joinUrl: z.string().optional(),
});
export type RegistrantRow = z.infer<typeof RegistrantRowSchema>;

const JobRef = z.strictObject({ jobId: z.string().min(1).max(100) });
const JobReply = z.object({ job: JobProgressSchema });
const Empty = z.strictObject({});

export const registrationMessages = {
  /** Upcoming meetings and webinars that take registrations: what the page offers to choose. */
  'registration.targets': {
    request: Empty,
    response: z.object({ items: z.array(TargetItemSchema) }),
    contentScript: false,
  },
  /** Parses and plans without sending anything: the preview. */
  'registration.prepare': { request: PrepareRequest, response: PreviewSchema, contentScript: false },
  /** Plans again (fresh "already registered") and queues the job. */
  'registration.start': {
    request: PrepareRequest,
    response: z.object({ jobId: z.string() }),
    contentScript: false,
  },
  'registration.jobs': {
    request: Empty,
    response: z.object({ jobs: z.array(JobProgressSchema) }),
    contentScript: false,
  },
  'registration.pause': { request: JobRef, response: JobReply, contentScript: false },
  'registration.resume': { request: JobRef, response: JobReply, contentScript: false },
  'registration.cancel': { request: JobRef, response: JobReply, contentScript: false },
  'registration.retryFailed': { request: JobRef, response: JobReply, contentScript: false },
  /** A finished job's table: every person with their outcome, in input order. */
  'registration.results': {
    request: JobRef,
    response: z.object({ job: JobProgressSchema, people: z.array(JobPersonSchema) }),
    contentScript: false,
  },
  'registrants.list': {
    request: z.strictObject({ target: TargetSchema, status: RegistrantStatus.optional() }),
    response: z.object({ registrants: z.array(RegistrantRowSchema) }),
    contentScript: false,
  },
  /** Approve or deny pending registrants, or cancel approved ones (their join link stops working). */
  'registrants.updateStatus': {
    request: z.strictObject({
      target: TargetSchema,
      action: z.enum(['approve', 'deny', 'cancel']),
      ids: z.array(z.string().min(1)).min(1).max(5000),
    }),
    response: z.object({ updated: z.number().int() }),
    contentScript: false,
  },
} as const;
