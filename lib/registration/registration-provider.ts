import type { ProviderKey } from '../brands/brands';

/**
 * What the registration engine needs from a meeting service. Each provider implements it in its
 * folder (lib/providers/<key>/registration.ts). The engine never sees HTTP, schemas or provider error codes: a
 * provider turns its errors into a `Failure` the runner knows how to act on.
 */

export type ProviderName = ProviderKey;
export type EventKind = 'meeting' | 'webinar';

export interface EventRef {
  kind: EventKind;
  /** A string: ids are kept in storage and messages, where a long number could lose digits. */
  id: string;
}

export interface EventInfo extends EventRef {
  topic: string;
  /** The provider's own type number (Zoom: 2 scheduled, 8 recurring, 5 webinar, ...). */
  type: number;
  /** 'none' means the event does not take registrations at all. */
  registration: 'none' | 'automatic' | 'manual';
  /** Whether the batch endpoint serves this event; otherwise people are added one by one. */
  batch: boolean;
  /** Occurrences a host may choose from (recurring events only). */
  occurrences: { id: string; startTime?: string }[];
}

export interface Person {
  email: string;
  firstName: string;
  lastName?: string | undefined;
}

export type RegistrantStatus = 'approved' | 'pending' | 'denied';

export interface ExistingRegistrant {
  id: string;
  email: string;
  status: RegistrantStatus;
  joinUrl?: string | undefined;
}

export interface RegisterOptions {
  /** Approve at once on a manual-approval event. */
  autoApprove?: boolean | undefined;
  /** Zoom sends its confirmation e-mail (batch endpoint only). */
  confirmationEmail?: boolean | undefined;
  /** For recurring events: the occurrences chosen; none means all. */
  occurrenceIds?: string[] | undefined;
}

export interface Registered {
  email: string;
  registrantId: string;
  /** Absent while a registrant waits for the host's approval. */
  joinUrl?: string | undefined;
}

/** What a failed call means for the job: the runner's whole decision table. */
export type Failure =
  /** A per-second limit: nothing was done; wait and send again. */
  | { kind: 'wait'; ms: number; reason: string }
  /** A daily limit for the account: nothing more can be sent until `at`. */
  | { kind: 'pause-until'; at: number; reason: string }
  /** One person refused (e.g. their own daily limit): fail them, the others go on. */
  | { kind: 'person'; email: string; reason: string }
  /** The call may or may not have reached the service (network, timeout, 5xx): look before resending. */
  | { kind: 'unknown-outcome'; reason: string }
  /** The event itself refuses (over, gone, full, wrong type): every remaining person fails. */
  | { kind: 'job'; reason: string }
  /** Signed out: pause the job until the host signs in again and resumes it. */
  | { kind: 'signed-out'; reason: string }
  /** Anything else: the people in this call fail with the reason. */
  | { kind: 'chunk'; reason: string };

export interface RegistrationProvider {
  readonly name: ProviderName;
  /** The most people one batch call takes. */
  readonly batchLimit: number;
  /** The most registrants an event may have. */
  readonly capacity: number;
  getMeeting(id: string): Promise<EventInfo>;
  getWebinar(id: string): Promise<EventInfo>;
  /** Everyone registered, in every status, across all pages. */
  listRegistrants(event: EventRef): Promise<ExistingRegistrant[]>;
  batchRegister(event: EventRef, people: Person[], options: RegisterOptions): Promise<Registered[]>;
  addRegistrant(event: EventRef, person: Person, options: RegisterOptions): Promise<Registered>;
  classify(error: unknown): Failure;
}

export const sameEmail = (email: string) => email.trim().toLowerCase();
