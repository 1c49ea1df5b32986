import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type EventLinkEntry, eventLinksItem } from '@/lib/meetings/link-items';
import { defineValidatedItem } from '@/lib/storage-item';

const entry = (id: string): EventLinkEntry => ({
  link: {
    provider: 'zoom',
    meetingId: id,
    joinUrl: `https://zoom.us/j/${id}`,
    topic: `T${id}`,
    registration: false,
  },
  synced: {
    topic: `T${id}`,
    start_time: '2026-01-01T10:00:00Z',
    timezone: 'UTC',
    duration: 30,
    recurrence: null,
  },
  linkedAt: 1,
});

describe('a stored map with one malformed entry', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the 100 good event links through the next write and sets the bad one aside, logged once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const meetings: Record<string, unknown> = {};
    const events: Record<string, string> = {};
    for (let i = 0; i < 100; i++) {
      meetings[`${1000 + i}`] = entry(`${1000 + i}`);
      events[`google:ev${i}`] = `${1000 + i}`;
    }
    const bad = { link: { provider: 'zoom', meetingId: '9' }, synced: 'nonsense', linkedAt: 'yesterday' };
    meetings['9'] = bad;
    await fakeBrowser.storage.local.set({ eventLinks: { meetings, events }, eventLinks$: { v: 1 } });

    const read = await eventLinksItem.get();
    expect(Object.keys(read.meetings)).toHaveLength(100);
    expect(read.meetings['9']).toBeUndefined();
    await eventLinksItem.set({
      meetings: { ...read.meetings, '2000': entry('2000') },
      events: { ...read.events, 'google:new': '2000' },
    });
    await eventLinksItem.get();

    const stored = (await fakeBrowser.storage.local.get(['eventLinks', 'eventLinks:setAside'])) as {
      eventLinks: { meetings: Record<string, unknown>; events: Record<string, string> };
      'eventLinks:setAside': unknown;
    };
    expect(Object.keys(stored.eventLinks.meetings)).toHaveLength(101);
    expect(Object.keys(stored.eventLinks.events)).toHaveLength(101);
    expect(stored['eventLinks:setAside']).toEqual([{ path: 'meetings.9', value: bad }]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('a stored value that cannot be read at all', () => {
  beforeEach(() => fakeBrowser.reset());
  const Schema = z.object({ name: z.string() });

  it('is copied aside before the first write replaces it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ thing: { name: 42 } });
    const item = defineValidatedItem('local:thing', Schema, { fallback: { name: '' } });
    await item.set({ name: 'new' });
    await expect(fakeBrowser.storage.local.get(['thing', 'thing:setAside'])).resolves.toEqual({
      thing: { name: 'new' },
      'thing:setAside': [{ path: '', value: { name: 42 } }],
    });
  });

  it('is not written over when it cannot be set aside: the write is refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ thing: { name: 42 } });
    const item = defineValidatedItem('local:thing', Schema, { fallback: { name: '' } });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('thing:setAside' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(item.get()).resolves.toEqual({ name: '' });
    await expect(item.set({ name: 'new' })).rejects.toThrow(/QUOTA_BYTES/);
    await expect(fakeBrowser.storage.local.get('thing')).resolves.toEqual({ thing: { name: 42 } });
  });
});
