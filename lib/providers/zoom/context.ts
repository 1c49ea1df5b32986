import { z } from 'zod';
import type { HttpClient } from '../../http/client';
import { ApiError } from '../../http/errors';
import type { ZoomPaths } from './paths';

/** What every area of the Zoom client needs: the HTTP client and the paths of the connected account. */
export interface ZoomContext {
  http: HttpClient;
  paths(): Promise<ZoomPaths>;
}

/**
 * Checks a request body before it leaves: bodies come from views and messages, and a refusal here
 * names the field, where Zoom would only say "invalid" after a round trip (and a rate-limit token).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ApiError({
    kind: 'invalid-request',
    message: `The ${what} is not valid: ${z.prettifyError(parsed.error)}`,
  });
}
