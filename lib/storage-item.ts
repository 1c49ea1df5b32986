import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import type { Salvage, SetAside } from './storage-salvage';

type StorageKey = `local:${string}` | `session:${string}` | `sync:${string}` | `managed:${string}`;

export interface ItemOptions<T> {
  fallback: T;
  /** Bump when the stored shape changes, and add the migration to that version. */
  version?: number;
  migrations?: Record<number, (previous: unknown) => unknown>;
  /**
   * For an item that holds maps or lists (storage-salvage.ts): keeps the entries that parse when the
   * whole value does not, so one bad entry costs that entry, not the item.
   */
  salvage?: Salvage<T>;
}

export interface ValidatedItem<T> {
  readonly key: StorageKey;
  /** Where entries that could not be read are kept: `<key>:setAside`. */
  readonly asideKey: StorageKey;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

/**
 * A WXT storage item whose reads are parsed with zod: storage is outside input (another version of
 * the extension, a person with DevTools, a corrupted profile). What cannot be read is never written
 * over: it is copied to `<key>:setAside` first (entry by entry where the item says how, else the
 * whole value), logged once, and the read goes on with what could be read (or the fallback).
 */
export function defineValidatedItem<S extends z.ZodType>(
  key: StorageKey,
  schema: S,
  options: ItemOptions<z.output<S>>,
): ValidatedItem<z.output<S>> {
  type T = z.output<S>;
  const item = storage.defineItem<T>(key, {
    fallback: options.fallback,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
  });
  const asideKey = `${key}:setAside` as StorageKey;
  // False until this context has read the stored value and kept aside whatever it could not read:
  // a write before that could bury data nobody has looked at.
  let secured = false;
  let warned = false;

  const read = (raw: unknown): { value: T; aside: SetAside } => {
    const result = schema.safeParse(raw);
    if (result.success) return { value: result.data, aside: [] };
    const salvaged = options.salvage?.(raw);
    return salvaged ?? { value: options.fallback, aside: [{ path: '', value: raw }] };
  };

  async function keepAside(aside: SetAside): Promise<void> {
    const before = await storage.getItem<SetAside>(asideKey);
    const kept = Array.isArray(before) ? before : [];
    const seen = new Set(kept.map((e) => JSON.stringify([e.path, e.value])));
    const added = aside.filter((e) => !seen.has(JSON.stringify([e.path, e.value])));
    if (added.length > 0) await storage.setItem(asideKey, [...kept, ...added]);
    if (!warned) {
      warned = true;
      const where = aside.map((e) => e.path || '(the whole value)').join(', ');
      console.warn(
        `Storage item "${key}" held entries of the wrong shape (${where}); kept under "${asideKey}".`,
      );
    }
  }

  /** Reads, and keeps aside what could not be read before anyone may write over it. */
  async function get(): Promise<T> {
    const { value, aside } = read(await item.getValue());
    if (aside.length === 0) secured = true;
    else {
      try {
        await keepAside(aside);
        secured = true;
      } catch (error) {
        // The read still answers; the next write tries again and refuses if it cannot keep them.
        console.warn(`Storage item "${key}": could not set unreadable entries aside.`, error);
      }
    }
    return value;
  }

  return {
    key,
    asideKey,
    get,
    set: async (value) => {
      const valid = schema.parse(value);
      if (!secured) {
        const { aside } = read(await item.getValue());
        if (aside.length > 0) await keepAside(aside);
        secured = true;
      }
      await item.setValue(valid);
    },
    remove: () => item.removeValue(),
    watch: (onChange) =>
      item.watch((raw) => {
        const { value, aside } = read(raw);
        if (aside.length > 0) secured = false;
        onChange(value);
      }),
  };
}
