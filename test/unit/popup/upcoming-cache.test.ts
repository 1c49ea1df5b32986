import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateUpcomingCacheToV2 } from '@/lib/popup/upcoming-cache-migration-2';
import { cachedUpcoming, type CacheSource } from '@/lib/popup/cached-upcoming';
import type { UpcomingCache } from '@/lib/protocol/popup';
import { webexProfileItem, zoomProfileItem } from '@/lib/storage';
import {
  defineUpcomingCacheItem,
  upcomingCacheItem,
  webexUpcomingCacheItem,
} from '@/lib/popup/upcoming-items';
import { TRAINING, webexProfile } from '@/test/support/fake-provider-api';
import { profile } from '@/test/support/popup-setup';

const v1Row = {
  id: '81000000001',
  kind: 'meeting',
  topic: 'Weekly team sync',
  startTime: '2026-03-02T10:00:00Z',
  joinUrl: 'https://zoom.us/j/81000000001',
};
const webexRow = {
  provider: 'webex' as const,
  id: TRAINING,
  kind: 'meeting' as const,
  topic: 'Webex training',
  startTime: '2026-03-01T10:00:00Z',
  joinUrl: 'https://sandbox.webex.example/j/1',
};

describe('upcoming cache v1 -> v2 (rows name their provider)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks every v1 row as Zoom’s and records version 2', async () => {
    await fakeBrowser.storage.local.set({
      upcomingCache: { userId: 'u1', fetchedAt: 5, items: [v1Row] },
      upcomingCache$: { v: 1 },
    });
    const expected = { userId: 'u1', fetchedAt: 5, items: [{ provider: 'zoom', ...v1Row }] };
    await expect(defineUpcomingCacheItem().get()).resolves.toEqual(expected);
    await expect(fakeBrowser.storage.local.get(['upcomingCache', 'upcomingCache$'])).resolves.toEqual({
      upcomingCache: expected,
      upcomingCache$: { v: 2 },
    });
  });

  it('passes anything else through, for the validated read to replace', () => {
    expect(migrateUpcomingCacheToV2(null)).toBeNull();
    expect(migrateUpcomingCacheToV2('junk')).toBe('junk');
    expect(migrateUpcomingCacheToV2({ items: 'x' })).toEqual({ items: 'x' });
    expect(migrateUpcomingCacheToV2({ items: [1, { id: '2' }] })).toEqual({
      items: [1, { provider: 'zoom', id: '2' }],
    });
  });
});

describe('the cached lists the popup shows before the background answers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges the Zoom and Webex caches of the accounts signed in now', async () => {
    await zoomProfileItem.set(profile);
    await webexProfileItem.set(webexProfile);
    await upcomingCacheItem.set({
      userId: 'u1',
      fetchedAt: 1,
      items: [{ provider: 'zoom', ...v1Row } as never],
    });
    await webexUpcomingCacheItem.set({ userId: 'w1', fetchedAt: 1, items: [webexRow] });
    expect((await cachedUpcoming())?.map((i) => i.topic)).toEqual(['Webex training', 'Weekly team sync']);
  });

  it('shows no cache of another account, nor one whose account is signed out', async () => {
    await zoomProfileItem.set(profile);
    await webexProfileItem.set({ ...webexProfile, userId: 'w2' });
    await webexUpcomingCacheItem.set({ userId: 'w1', fetchedAt: 1, items: [webexRow] });
    expect(await cachedUpcoming()).toBeNull();
    await webexProfileItem.set(null);
    await webexUpcomingCacheItem.set({ userId: 'w1', fetchedAt: 1, items: [webexRow] });
    expect(await cachedUpcoming()).toBeNull();
  });

  it('shows from a provider’s cache only that provider’s rows', async () => {
    const source = (provider: 'zoom' | 'webex', cache: UpcomingCache): CacheSource => ({
      provider,
      cache: { get: async () => cache },
      profile: { get: async () => ({ userId: 'same' }) },
    });
    const zoomRow = { provider: 'zoom' as const, ...v1Row, kind: 'meeting' as const };
    const shown = await cachedUpcoming([
      source('zoom', { userId: 'same', fetchedAt: 1, items: [webexRow, zoomRow] }),
      source('webex', { userId: 'same', fetchedAt: 1, items: [] }),
    ]);
    expect(shown?.map((i) => i.provider)).toEqual(['zoom']);
  });
});
