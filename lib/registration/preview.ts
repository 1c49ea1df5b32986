import type { Preview } from '../protocol/registration';
import type { ParseResult } from './person';
import type { Plan, Refusal } from './plan';
import type { EventInfo } from './registration-provider';

/**
 * How many people the preview lists by name: a page renders them at once, and the counts say how
 * many more there are. Invalid lines are all listed: each one is something the host must fix.
 */
export const PREVIEW_SAMPLE = 100;

/** The page's view of a parse and a plan: what will be sent, what will not, and why. */
export function toPreview(
  parsed: ParseResult,
  event: EventInfo,
  outcome: Plan | Refusal,
  capacity: number,
): Preview {
  const base = {
    event: {
      kind: event.kind,
      id: event.id,
      topic: event.topic,
      type: event.type,
      registration: event.registration,
    },
    invalid: parsed.rejected,
  };
  const valid = parsed.people.length;
  if (!outcome.ok) {
    return {
      ...base,
      refusal: { code: outcome.code, reason: outcome.reason },
      sample: [],
      duplicates: [],
      alreadyRegistered: [],
      counts: {
        valid,
        invalid: parsed.rejected.length,
        duplicates: 0,
        alreadyRegistered: 0,
        toRegister: 0,
        calls: 0,
        seatsAfter: 0,
        capacity,
      },
    };
  }
  const calls =
    outcome.path === 'batch' ? outcome.chunks.length : outcome.chunks.reduce((n, c) => n + c.length, 0);
  return {
    ...base,
    path: outcome.path,
    sample: outcome.toRegister.slice(0, PREVIEW_SAMPLE),
    duplicates: outcome.duplicates,
    alreadyRegistered: outcome.alreadyRegistered.map(({ line, email, status }) => ({ line, email, status })),
    counts: {
      valid,
      invalid: parsed.rejected.length,
      duplicates: outcome.duplicates.length,
      alreadyRegistered: outcome.alreadyRegistered.length,
      toRegister: outcome.toRegister.length,
      calls,
      seatsAfter: outcome.seatsAfter,
      capacity,
    },
  };
}
