import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';

type StorageKey = `local:${string}` | `session:${string}` | `sync:${string}` | `managed:${string}`;

export interface ItemOptions<T> {
  fallback: T;
  /** Bump when the stored shape changes, and add the migration to that version. */
  version?: number;
  migrations?: Record<number, (previous: unknown) => unknown>;
}

export interface ValidatedItem<T> {
  readonly key: StorageKey;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

/**
 * A WXT storage item whose reads are parsed with zod: storage is outside input (another version of
 * the extension, a person with DevTools, a corrupted profile), so a value of the wrong shape is
 * reported and replaced by the fallback instead of flowing into the code as a lie.
 */
export function defineValidatedItem<S extends z.ZodType>(
  key: StorageKey,
  schema: S,
  options: ItemOptions<z.output<S>>,
): ValidatedItem<z.output<S>> {
  const item = storage.defineItem<z.output<S>>(key, {
    fallback: options.fallback,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
  });
  const parse = (raw: unknown): z.output<S> => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    console.warn(`Storage item "${key}" held data of the wrong shape; using its default.`);
    return options.fallback;
  };
  return {
    key,
    get: async () => parse(await item.getValue()),
    set: async (value) => {
      await item.setValue(schema.parse(value));
    },
    remove: () => item.removeValue(),
    watch: (onChange) => item.watch((value) => onChange(parse(value))),
  };
}
