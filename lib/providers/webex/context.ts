import { z } from 'zod';
import type { HttpClient } from '../../http/client';
import { ApiError } from '../../http/errors';
import type { SeriesScope } from './schemas';

/**
 * Checks a request body before it leaves: bodies come from views and messages, and a refusal here
 * names the field, where Webex would answer 400 after a round trip.
 */
export function parseWebexInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ApiError({
    kind: 'invalid-request',
    message: `The ${what} is not valid: ${z.prettifyError(parsed.error)}`,
  });
}

/** `current` and `hostEmail` as query parameters; absent ones are left out of the URL. */
export const scopeParams = (scope: SeriesScope = {}) => ({
  current: scope.current,
  hostEmail: scope.hostEmail,
});

export type { HttpClient };
