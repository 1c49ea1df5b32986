import { z } from 'zod';
import { webexError } from './errors';

/** Parses a body with zod; a refusal is Webex's 400 with one description per bad field. */
export function parseWebexInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const descriptions = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`,
  );
  throw webexError(400, `Invalid request: ${descriptions[0] ?? 'the body is not valid'}.`, {}, descriptions);
}

/** Boolean query parameters (`current`) take `true` or `false` only. */
export function queryBoolean(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  if (raw === null) return false;
  if (raw !== 'true' && raw !== 'false') throw webexError(400, `${name} must be true or false.`);
  return raw === 'true';
}
