import { commonFailure } from '../../registration/classify-failure';
import { ApiError } from '../../http/errors';
import type { WebexClient } from './client';
import type { WebexMeeting, WebexRegistrantForm } from './schemas';
import type {
  EventInfo,
  EventKind,
  EventRef,
  ExistingRegistrant,
  Failure,
  Person,
  RegisterOptions,
  Registered,
  RegistrationProvider,
} from '../../registration/registration-provider';

/**
 * People per bulkInsert call. Webex's guide (docs/api/webex-bulk-insert-registrants.txt) and the
 * spec state no maximum, so the size is ours: 30, the largest chunk the durable job keeps
 * (job-schema.ts, MAX_CHUNK). Larger would not cut the cost that matters: a call whose outcome is
 * unknown is reconciled by listing, and a 409 for one person refuses the whole call (Webex's
 * bulkInsert is all or nothing), so a small call re-sends little.
 * 95 new people are 4 calls.
 */
export const WEBEX_BATCH_LIMIT = 30;

/** The spec: "the default maximum number of participants for webinars is 10000". A meeting's own
 * `maxRegisterNum` may be lower; Webex then refuses the call that passes it (409, a job failure). */
export const WEBEX_CAPACITY = 10_000;

/** Webex has no type numbers; these stand in for EventInfo.type (kept in stored jobs). */
export const WEBEX_TYPES = { meeting: 1, webinar: 2, personalRoomMeeting: 3 } as const;

/** Webex requires a last name; the engine's people may have none. A dash says "not given". */
export const NO_LAST_NAME = '-';

/** A RegistrationProvider that says it is Webex. */
export type WebexRegistrationProvider = RegistrationProvider & { readonly name: 'webex' };

export interface WebexProviderOptions {
  webex: WebexClient;
}

/** What the engine needs to know about a Webex meeting series. */
export function webexEventInfo(kind: EventKind, meeting: WebexMeeting): EventInfo {
  const scheduled = meeting.scheduledType ?? 'meeting';
  const registration = meeting.registration
    ? meeting.registration.autoAcceptRequest
      ? 'automatic'
      : 'manual'
    : 'none';
  return {
    kind,
    id: meeting.id,
    topic: meeting.title,
    type: WEBEX_TYPES[scheduled],
    registration,
    // bulkInsert serves meeting series only (docs/api/webex-bulk-insert-registrants.txt:
    // "Only the ID of the meeting series").
    batch: meeting.meetingType === 'meetingSeries',
    // Registration is for the whole series; Webex has no occurrence choice here.
    occurrences: [],
  };
}

/** Webex's 409 for a person already on the meeting (the sandbox's wording; Webex states none). */
const ALREADY = /registrant\s+(\S+@\S+?)\s+is already registered/i;
const FULL = /maximum number of registrations/i;
const CLOSED = /registration is not enabled|has ended|registration is closed/i;

export function classifyWebexError(error: unknown): Failure {
  const common = commonFailure(error);
  if (common) return common;
  const apiError = error as ApiError;
  const reason = apiError.message;
  if (apiError.kind === 'forbidden') return { kind: 'job', reason };
  const theirs = apiError.providerMessage ?? '';
  const person = ALREADY.exec(theirs)?.[1];
  if (person) return { kind: 'person', email: person, reason: 'Already registered for this Webex meeting.' };
  if (FULL.test(theirs) || CLOSED.test(theirs)) return { kind: 'job', reason };
  return { kind: 'chunk', reason };
}

export function createWebexRegistrationProvider(options: WebexProviderOptions): WebexRegistrationProvider {
  const { webex } = options;
  const form = (p: Person, sendEmail: boolean | undefined): WebexRegistrantForm => ({
    firstName: p.firstName,
    lastName: p.lastName?.trim() || NO_LAST_NAME,
    email: p.email,
    ...(sendEmail === undefined ? {} : { sendEmail }),
  });

  async function insert(event: EventRef, people: Person[], opts: RegisterOptions): Promise<Registered[]> {
    const items = people.map((p) => form(p, opts.confirmationEmail));
    const added = await webex.registrants.bulkInsert(event.id, items);
    // bulkInsert has no "approve at once" field (the meeting's autoAcceptRequest decides), so the
    // host's choice is a second call for the pending ones. Its failure is not the registration's:
    // they stay registered, pending, for the host to approve from the list.
    const pending = added.filter((r) => r.status === 'pending').map((r) => r.id);
    if (opts.autoApprove && pending.length > 0) {
      await webex.registrants.approve(event.id, pending).catch((error: unknown) => {
        console.warn('Webex registrants stay pending: the approval failed.', classifyWebexError(error).kind);
      });
    }
    return added.map((r) => ({ email: r.email, registrantId: r.id }));
  }

  return {
    name: 'webex',
    batchLimit: WEBEX_BATCH_LIMIT,
    capacity: WEBEX_CAPACITY,
    async getMeeting(id) {
      return webexEventInfo('meeting', await webex.meetings.get(id));
    },
    async getWebinar(id) {
      const meeting = await webex.meetings.get(id);
      if (meeting.scheduledType !== 'webinar') {
        throw new ApiError({ kind: 'invalid-request', message: 'This Webex meeting is not a webinar.' });
      }
      return webexEventInfo('webinar', meeting);
    },
    async listRegistrants(event): Promise<ExistingRegistrant[]> {
      const all = await webex.registrants.listAll(event.id);
      return all.map((r) => ({
        id: r.id,
        email: r.email,
        status: r.status === 'rejected' ? 'denied' : r.status,
      }));
    },
    batchRegister: insert,
    // Webex's one-person endpoint takes the same form; bulkInsert with one item keeps one code path.
    async addRegistrant(event, person, opts) {
      const [registered] = await insert(event, [person], opts);
      if (!registered)
        throw new ApiError({
          kind: 'unexpected-response',
          message: 'Webex did not confirm the registration.',
        });
      return registered;
    },
    classify: classifyWebexError,
  };
}
