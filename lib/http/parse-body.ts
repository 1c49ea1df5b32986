import type { z } from 'zod';
import { ApiError } from './errors';

/**
 * Reads a successful answer through its schema. An empty body (204) reaches the schema as
 * `undefined`; anything that is not JSON, or not of the schema's shape, is "unexpected", never a
 * crash or an `undefined` further in. `unexpected`: the provider's sentence for that.
 */
export async function parseBody<S extends z.ZodType>(
  response: Response,
  schema: S,
  unexpected: string,
): Promise<z.output<S>> {
  let body: unknown;
  try {
    const text = await response.text();
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (error) {
    throw new ApiError({
      kind: 'unexpected-response',
      status: response.status,
      message: unexpected,
      cause: error,
    });
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  // The issues name fields, never values, so they are safe to keep for a developer.
  throw new ApiError({
    kind: 'unexpected-response',
    status: response.status,
    message: unexpected,
    cause: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
}
