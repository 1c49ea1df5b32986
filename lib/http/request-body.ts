import { z } from 'zod';
import { ApiError } from './errors';

/**
 * Checks a request body before it leaves: bodies come from views and messages, and a refusal here
 * names the field, where the provider would answer only "invalid" after a round trip (and spend a
 * rate-limit token).
 */
export function parseRequestBody<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ApiError({
    kind: 'invalid-request',
    message: `The ${what} is not valid: ${z.prettifyError(parsed.error)}`,
  });
}
