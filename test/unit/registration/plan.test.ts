import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/registration/person';
import { planRegistration, type Plan, SINGLE_CHUNK_SIZE } from '@/lib/registration/plan';
import type { EventInfo, ExistingRegistrant } from '@/lib/registration/registration-provider';
import { zoomEventInfo } from '@/lib/providers/zoom/registration';

const people = (n: number, from = 0): Candidate[] =>
  Array.from({ length: n }, (_, i) => ({
    line: from + i + 1,
    email: `p${from + i}@example.org`,
    firstName: `P${i}`,
  }));

const meeting = (type: number, approval?: number, occurrences: string[] = []): EventInfo =>
  zoomEventInfo('meeting', {
    id: 81000000002,
    topic: 'Training',
    type,
    join_url: 'https://zoom.us/j/1',
    ...(approval === undefined ? {} : { settings: { approval_type: approval } }),
    occurrences: occurrences.map((occurrence_id) => ({ occurrence_id })),
  });

const webinar = (type: number): EventInfo =>
  zoomEventInfo('webinar', {
    id: 92000000001,
    topic: 'W',
    type,
    join_url: 'j',
    settings: { approval_type: 1 },
  });

const plan = (input: Partial<Parameters<typeof planRegistration>[0]> & { candidates: Candidate[] }) =>
  planRegistration({ event: meeting(2, 0), existing: [], batchLimit: 30, capacity: 4999, ...input });

const accepted = (result: ReturnType<typeof planRegistration>): Plan => {
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('planning a registration', () => {
  it('drops duplicates within the input, comparing addresses without case', () => {
    const candidates = [...people(3), { line: 9, email: 'P1@Example.ORG', firstName: 'Again' }];
    const result = accepted(plan({ candidates }));
    expect(result.toRegister.map((p) => p.email)).toEqual([
      'p0@example.org',
      'p1@example.org',
      'p2@example.org',
    ]);
    expect(result.duplicates).toEqual([{ line: 9, email: 'P1@Example.ORG', firstLine: 2 }]);
  });

  it('drops everyone already registered, in every status', () => {
    const existing: ExistingRegistrant[] = [
      { id: 'a', email: 'P0@example.org', status: 'approved', joinUrl: 'https://j/a' },
      { id: 'b', email: 'p1@example.org', status: 'pending' },
      { id: 'c', email: 'p2@example.org', status: 'denied' },
    ];
    const result = accepted(plan({ candidates: people(5), existing }));
    expect(result.toRegister.map((p) => p.email)).toEqual(['p3@example.org', 'p4@example.org']);
    expect(result.alreadyRegistered).toEqual([
      { line: 1, email: 'p0@example.org', status: 'approved', registrantId: 'a', joinUrl: 'https://j/a' },
      { line: 2, email: 'p1@example.org', status: 'pending', registrantId: 'b', joinUrl: undefined },
      { line: 3, email: 'p2@example.org', status: 'denied', registrantId: 'c', joinUrl: undefined },
    ]);
    // Two seats held (the denied one holds none) plus two new.
    expect(result.seatsAfter).toBe(4);
  });

  it('chunks a scheduled meeting into batches of at most 30: 95 new people make 30, 30, 30, 5', () => {
    const result = accepted(
      plan({ candidates: people(95), options: { autoApprove: true, confirmationEmail: false } }),
    );
    expect(result.path).toBe('batch');
    expect(result.chunks.map((c) => c.length)).toEqual([30, 30, 30, 5]);
    expect(result.options).toEqual({ autoApprove: true, confirmationEmail: false, occurrenceIds: undefined });
  });

  it('refuses, before any call, a total that would pass the capacity, counting seats', () => {
    const existing: ExistingRegistrant[] = Array.from({ length: 4990 }, (_, i) => ({
      id: `r${i}`,
      email: `old${i}@example.org`,
      status: i < 5 ? 'denied' : 'approved',
    }));
    // 4,985 seats taken: 14 more fit, 15 do not.
    expect(plan({ candidates: people(14), existing }).ok).toBe(true);
    const refused = plan({ candidates: people(15), existing });
    expect(refused).toEqual({
      ok: false,
      code: 'over-capacity',
      reason: expect.stringContaining('room for 14 more, not 15'),
    });
  });

  it('uses the batch endpoint for a type 5 webinar and the single endpoint for other types', () => {
    expect(accepted(plan({ event: webinar(5), candidates: people(31) })).chunks.map((c) => c.length)).toEqual(
      [30, 1],
    );
    for (const event of [webinar(9), meeting(3, 0), meeting(8, 0, ['o1'])]) {
      const result = accepted(plan({ event, candidates: people(25) }));
      expect(result.path).toBe('single');
      expect(result.chunks.map((c) => c.length)).toEqual([SINGLE_CHUNK_SIZE, SINGLE_CHUNK_SIZE, 5]);
    }
  });

  it('keeps the chosen occurrences for a recurring meeting, and refuses unknown ones', () => {
    const recurring = meeting(8, 0, ['o1', 'o2']);
    const result = accepted(
      plan({ event: recurring, candidates: people(1), options: { occurrenceIds: ['o2'] } }),
    );
    expect(result.options.occurrenceIds).toEqual(['o2']);
    expect(
      plan({ event: recurring, candidates: people(1), options: { occurrenceIds: ['o9'] } }),
    ).toMatchObject({
      ok: false,
      code: 'unknown-occurrence',
    });
  });

  it('refuses a meeting without registration with a clear message', () => {
    for (const event of [meeting(2, 2), meeting(2)]) {
      expect(plan({ event, candidates: people(3) })).toEqual({
        ok: false,
        code: 'no-registration',
        reason: expect.stringContaining('Registration is not turned on for this meeting'),
      });
    }
  });
});
