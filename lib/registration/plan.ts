import type { Candidate } from './person';
import {
  type EventInfo,
  type ExistingRegistrant,
  type RegisterOptions,
  type RegistrantStatus,
  sameEmail,
} from './registration-provider';

/**
 * The single "add registrant" path sends one call per person, but its durable unit (written before
 * and after its calls) is a chunk: 10 people keep storage writes to a fifth of the calls while a
 * stopped worker loses at most 10 unrecorded answers, which reconciliation recovers by listing.
 */
export const SINGLE_CHUNK_SIZE = 10;

export interface Duplicate {
  line: number;
  email: string;
  /** The line that keeps the address. */
  firstLine: number;
}

export interface AlreadyRegistered {
  line: number;
  email: string;
  status: RegistrantStatus;
  registrantId: string;
  joinUrl?: string | undefined;
}

export interface Plan {
  ok: true;
  event: EventInfo;
  path: 'batch' | 'single';
  options: RegisterOptions;
  toRegister: Candidate[];
  chunks: Candidate[][];
  duplicates: Duplicate[];
  alreadyRegistered: AlreadyRegistered[];
  /** Seats taken after the job: the registrants who are not denied, plus the new ones. */
  seatsAfter: number;
}

export interface Refusal {
  ok: false;
  code: 'no-registration' | 'over-capacity' | 'unknown-occurrence';
  reason: string;
}

export interface PlanInput {
  event: EventInfo;
  candidates: readonly Candidate[];
  /** Everyone on the event, every status, every page (`provider.listRegistrants`). */
  existing: readonly ExistingRegistrant[];
  options?: RegisterOptions;
  batchLimit: number;
  capacity: number;
}

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

/** Decides everything before the first call, so a refusal costs nothing and changes nothing. */
export function planRegistration(input: PlanInput): Plan | Refusal {
  const { event, capacity } = input;
  const options = input.options ?? {};
  const what = event.kind === 'webinar' ? 'webinar' : 'meeting';
  if (event.registration === 'none') {
    const reason = `Registration is not turned on for this ${what}. Turn on "Registration required" in its Zoom settings, then try again.`;
    return { ok: false, code: 'no-registration', reason };
  }
  const path = event.batch ? 'batch' : 'single';
  const known = new Set(event.occurrences.map((o) => o.id));
  const unknown = (options.occurrenceIds ?? []).filter((id) => !known.has(id));
  if (path === 'single' && unknown.length > 0) {
    const reason = `This ${what} has no occurrence ${unknown.join(', ')}; choose among its listed occurrences.`;
    return { ok: false, code: 'unknown-occurrence', reason };
  }

  const registered = new Map(input.existing.map((r) => [sameEmail(r.email), r]));
  const firstSeen = new Map<string, number>();
  const duplicates: Duplicate[] = [];
  const alreadyRegistered: AlreadyRegistered[] = [];
  const toRegister: Candidate[] = [];
  for (const person of input.candidates) {
    const key = sameEmail(person.email);
    const first = firstSeen.get(key);
    if (first !== undefined) {
      duplicates.push({ line: person.line, email: person.email, firstLine: first });
      continue;
    }
    firstSeen.set(key, person.line);
    const existing = registered.get(key);
    if (existing) {
      const { id: registrantId, status, joinUrl } = existing;
      alreadyRegistered.push({ line: person.line, email: person.email, status, registrantId, joinUrl });
    } else toRegister.push(person);
  }

  // Capacity counts seats, as Zoom does (and the sandbox models it): a denied registrant holds none.
  const taken = input.existing.filter((r) => r.status !== 'denied').length;
  const seatsAfter = taken + toRegister.length;
  if (seatsAfter > capacity) {
    const room = Math.max(0, capacity - taken);
    const reason = `This ${what} has ${taken} registrants and takes at most ${capacity}: there is room for ${room} more, not ${toRegister.length}. Nothing was sent.`;
    return { ok: false, code: 'over-capacity', reason };
  }

  const size = path === 'batch' ? input.batchLimit : SINGLE_CHUNK_SIZE;
  return {
    ok: true,
    event,
    path,
    // Occurrences mean nothing to the batch endpoint (it serves no recurring event); leave them out.
    options: path === 'batch' ? { ...options, occurrenceIds: undefined } : options,
    toRegister,
    chunks: chunk(toRegister, size),
    duplicates,
    alreadyRegistered,
    seatsAfter,
  };
}
