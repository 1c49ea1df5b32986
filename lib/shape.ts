// A few lines of shape checks for what must answer before zod loads: the popup's first screen
// (lib/popup/first-screen-cache.ts) and the background's first answer (lib/background/first-answer.ts).
// Each parser built from these mirrors a zod schema, and a test holds it to that schema.

/** What a parser returns for a value of the wrong shape (null and undefined can be valid values). */
export const INVALID: unique symbol = Symbol('invalid');
export type Parse<T> = (value: unknown) => T | typeof INVALID;

const when =
  <T>(test: (v: unknown) => boolean): Parse<T> =>
  (v) =>
    test(v) ? (v as T) : INVALID;

export const string = when<string>((v) => typeof v === 'string');
/** As `z.number()`: finite numbers only. */
export const number = when<number>((v) => typeof v === 'number' && Number.isFinite(v));
/** As `z.string().min(1)`. */
export const nonEmpty = when<string>((v) => typeof v === 'string' && v.length > 0);
export const matching = (pattern: RegExp) => when<string>((v) => typeof v === 'string' && pattern.test(v));
export const oneOf = <const T extends string>(...values: T[]) => when<T>((v) => values.includes(v as T));
export const optional =
  <T>(parse: Parse<T>): Parse<T | undefined> =>
  (v) =>
    v === undefined ? undefined : parse(v);

/** A storage item whose fallback is null: absent or null reads as null (WXT's fallback, then `.nullable()`). */
export const nullable =
  <T>(parse: Parse<T>): Parse<T | null> =>
  (v) =>
    v === undefined || v === null ? null : parse(v);

/** As `z.object(shape)`: every field parses, unknown keys are dropped, absent optional fields stay absent. */
export function objectOf<T>(shape: { [K in keyof T]: Parse<T[K]> }): Parse<T> {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const [key, parse] of Object.entries(shape) as [string, Parse<unknown>][]) {
      const field = parse((value as Record<string, unknown>)[key]);
      if (field === INVALID) return INVALID;
      if (field !== undefined) out[key] = field;
    }
    return out as T;
  };
}

/** As `z.array(element)`. */
export function arrayOf<T>(parse: Parse<T>): Parse<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return INVALID;
    const out: T[] = [];
    for (const element of value) {
      const parsed = parse(element);
      if (parsed === INVALID) return INVALID;
      out.push(parsed);
    }
    return out;
  };
}
