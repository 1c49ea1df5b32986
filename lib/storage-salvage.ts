import type { z } from 'zod';

/** Entries that could not be read: where they were (`meetings.123`, `4`) and what they held. */
export type SetAside = { path: string; value: unknown }[];

/** Keeps what parses of a value that failed as a whole; undefined when nothing can be kept. */
export type Salvage<T> = (raw: unknown) => { value: T; aside: SetAside } | undefined;

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

function entries<V>(
  raw: Record<string, unknown>,
  keySchema: z.ZodType<string>,
  valueSchema: z.ZodType<V>,
  at: string,
  aside: SetAside,
): Record<string, V> {
  const kept: Record<string, V> = {};
  for (const [key, value] of Object.entries(raw)) {
    const k = keySchema.safeParse(key);
    const v = valueSchema.safeParse(value);
    if (k.success && v.success) kept[k.data] = v.data;
    else aside.push({ path: at ? `${at}.${key}` : key, value });
  }
  return kept;
}

/** A map (`z.record`) read entry by entry. */
export function salvageRecord<V>(
  keySchema: z.ZodType<string>,
  valueSchema: z.ZodType<V>,
): Salvage<Record<string, V>> {
  return (raw) => {
    if (!isObject(raw)) return undefined;
    const aside: SetAside = [];
    return { value: entries(raw, keySchema, valueSchema, '', aside), aside };
  };
}

/** An object whose fields are all maps (event links: `meetings`, `events`), each read entry by entry. */
export function salvageRecords<T extends Record<string, Record<string, unknown>>>(fields: {
  [F in keyof T]: { key: z.ZodType<string>; value: z.ZodType<T[F][string]> };
}): Salvage<T> {
  return (raw) => {
    if (!isObject(raw)) return undefined;
    const aside: SetAside = [];
    const value = {} as Record<string, unknown>;
    for (const [field, schemas] of Object.entries(fields) as [
      string,
      { key: z.ZodType<string>; value: z.ZodType },
    ][]) {
      const inner = raw[field];
      if (inner === undefined) value[field] = {};
      else if (isObject(inner)) value[field] = entries(inner, schemas.key, schemas.value, field, aside);
      else {
        aside.push({ path: field, value: inner });
        value[field] = {};
      }
    }
    return { value: value as T, aside };
  };
}
