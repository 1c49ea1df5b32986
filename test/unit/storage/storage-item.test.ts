import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineValidatedItem } from '@/lib/storage-item';

const Schema = z.object({ name: z.string(), count: z.number().int() });

describe('a validated storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips a valid value', async () => {
    const item = defineValidatedItem('local:thing', Schema, { fallback: { name: '', count: 0 } });
    await item.set({ name: 'a', count: 2 });
    await expect(item.get()).resolves.toEqual({ name: 'a', count: 2 });
  });

  it('reads the fallback, and leaves the stored value alone, when storage holds the wrong shape', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ thing: { name: 5 } });
    const item = defineValidatedItem('local:thing', Schema, { fallback: { name: 'default', count: 0 } });
    await expect(item.get()).resolves.toEqual({ name: 'default', count: 0 });
    await expect(fakeBrowser.storage.local.get('thing')).resolves.toEqual({ thing: { name: 5 } });
  });

  it('refuses to write a value of the wrong shape', async () => {
    const item = defineValidatedItem('local:thing', Schema, { fallback: { name: '', count: 0 } });
    await expect(item.set({ name: 'x', count: 1.5 })).rejects.toThrow();
    await expect(fakeBrowser.storage.local.get('thing')).resolves.toEqual({});
  });

  it('migrates an older stored version to the current one on first read', async () => {
    await fakeBrowser.storage.local.set({ thing: { label: 'old' }, thing$: { v: 1 } });
    const item = defineValidatedItem('local:thing', Schema, {
      fallback: { name: '', count: 0 },
      version: 2,
      migrations: { 2: (old) => ({ name: (old as { label: string }).label, count: 0 }) },
    });
    await vi.waitFor(async () => expect(await item.get()).toEqual({ name: 'old', count: 0 }));
  });

  it('tells watchers about valid changes', async () => {
    const item = defineValidatedItem('local:thing', Schema, { fallback: { name: '', count: 0 } });
    const seen: unknown[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.set({ name: 'b', count: 3 });
    await vi.waitFor(() => expect(seen).toEqual([{ name: 'b', count: 3 }]));
    stop();
  });
});
