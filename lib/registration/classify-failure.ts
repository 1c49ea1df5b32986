import { ApiError } from '../http/errors';
import type { Failure } from './registration-provider';

/**
 * What a failed call means for a job when the shared HTTP layer already knows (every provider's
 * errors reach the engine as `ApiError`s): a wait, an unknown outcome, a lost session, a missing
 * event. Null when the provider's own codes and sentences must decide.
 */
export function commonFailure(error: unknown): Failure | null {
  if (!(error instanceof ApiError)) {
    return { kind: 'chunk', reason: error instanceof Error ? error.message : String(error) };
  }
  const reason = error.message;
  switch (error.kind) {
    // The shared client waited as often as it may (Retry-After, or the provider's header), then gave up.
    case 'rate-limited':
      return { kind: 'wait', ms: Math.max(error.retryAfterMs ?? 1000, 100), reason };
    case 'network':
    case 'timeout':
    case 'server':
      return { kind: 'unknown-outcome', reason };
    case 'signed-out':
    case 'unauthorized':
      return { kind: 'signed-out', reason };
    case 'not-found':
      return { kind: 'job', reason };
    default:
      return null;
  }
}
