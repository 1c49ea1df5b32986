import type { z } from 'zod';
import { HttpError } from '../core/http';

/**
 * Zoom answers bad input with HTTP 400 and code 300 ("Validation Failed.") plus an `errors` list;
 * the sandbox's message also names the first bad field, so a person (or a test) sees which one.
 */
export function validationError(
  field: string,
  detail: string,
  more: { field: string; message: string }[] = [],
) {
  return new HttpError(400, {
    code: 300,
    message: `Validation Failed: ${field} ${detail}.`,
    errors: more.length > 0 ? more : [{ field, message: detail }],
  });
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: fieldName(issue.path),
    message: describe(issue),
  }));
  const first = errors[0] ?? { field: 'body', message: 'is invalid' };
  throw validationError(first.field, first.message, errors);
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'body';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `may hold at most ${String(issue.maximum)} items`
        : issue.origin === 'string'
          ? `may be at most ${String(issue.maximum)} characters long`
          : `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must hold at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return `must be a valid ${issue.format === 'datetime' ? 'date-time (yyyy-MM-ddTHH:mm:ssZ)' : issue.format}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message.toLowerCase().startsWith('invalid') ? 'is invalid' : issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Query parameters: integers within bounds, enums; errors name the parameter like body fields do. */
export function queryInt(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw validationError(name, 'must be an integer');
  // Zoom clamps an oversized page_size to its maximum rather than refusing it.
  return Math.min(max, Math.max(min, Number(raw)));
}

export function queryEnum<T extends string>(
  query: URLSearchParams,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw validationError(name, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  return raw as T;
}

/** Parses a request body as JSON; Zoom refuses anything else with code 300. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, {
      code: 300,
      message: 'Request Body should be a valid JSON object.',
    });
  }
}
