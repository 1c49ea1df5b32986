import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { cachedUpcoming } from '@/lib/popup/cached-upcoming';
import { parseCache, PROFILE, readFirstScreenCache } from '@/lib/popup/first-screen-cache';
import { INVALID } from '@/lib/shape';
import { UpcomingCacheSchema } from '@/lib/protocol/popup';
import { webexProfileItem, WebexProfileSchema, zoomProfileItem, ZoomProfileSchema } from '@/lib/storage';
import { upcomingCacheItem, webexUpcomingCacheItem } from '@/lib/popup/upcoming-items';

// The first screen's hand-written checks stand in for zod schemas: for any value, they must accept
// exactly what the schema accepts and give back exactly what it gives.

const almost = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    { weight: 4, arbitrary: valid },
    // A valid value with one field broken, removed or added.
    {
      weight: 3,
      arbitrary: fc.tuple(valid, fc.string({ maxLength: 12 }), fc.anything()).map(([value, key, junk]) =>
        typeof value === 'object' && value !== null
          ? {
              ...value,
              [Object.keys(value)[key.length % Math.max(1, Object.keys(value).length)] ?? key]: junk,
            }
          : value,
      ),
    },
  );

const optionalField = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const itemArb = fc.record(
  {
    provider: fc.constantFrom('zoom', 'webex', 'teams'),
    id: fc.oneof(
      fc.stringMatching(/^\d{1,12}$/),
      fc.stringMatching(/^\w{1,70}$/),
      fc.string(),
      // The edges of the id patterns: Webex's 64-character limit, empty, a digit among letters.
      fc.constantFrom('8', 'w'.repeat(64), 'w'.repeat(65), '', '81 2', '81a', 'a_1'),
    ),
    kind: fc.constantFrom('meeting', 'webinar', 'call'),
    topic: fc.string(),
    startTime: optionalField(fc.string()),
    durationMinutes: optionalField(fc.oneof(fc.integer(), fc.double())),
    timezone: optionalField(fc.string()),
    joinUrl: fc.string(),
  },
  { requiredKeys: ['provider', 'id', 'kind', 'topic', 'joinUrl'] },
);
const cacheArb = fc.record({
  userId: fc.string(),
  fetchedAt: fc.oneof(fc.integer(), fc.double()),
  items: fc.array(almost(itemArb), { maxLength: 4 }),
});
const profileArb = fc.record(
  {
    userId: fc.string(),
    displayName: fc.string(),
    email: fc.string(),
    accountType: fc.constantFrom('basic', 'licensed', 'on-prem', 'none', 'unknown', 'pro'),
    accountId: fc.string(),
    orgId: fc.string(),
    timezone: optionalField(fc.string()),
  },
  { requiredKeys: ['userId', 'displayName', 'email'] },
);

function sameAsSchema(parse: (v: unknown) => unknown, schema: { safeParse(v: unknown): unknown }) {
  return (value: unknown) => {
    const expected = schema.safeParse(value) as { success: boolean; data?: unknown };
    const actual = parse(value);
    expect(actual === INVALID ? { success: false } : { success: true, data: actual }).toEqual(
      expected.success ? { success: true, data: expected.data } : { success: false },
    );
  };
}

describe('the first screen reads the caches as their schemas do', () => {
  it('accepts and gives back exactly what UpcomingCacheSchema does', () => {
    fc.assert(fc.property(almost(cacheArb), sameAsSchema(parseCache, UpcomingCacheSchema)), {
      numRuns: 2000,
    });
  });

  it('accepts and gives back exactly the rows UpcomingItemSchema does (each row in a valid cache)', () => {
    const inCache = (item: unknown) => ({ userId: 'u1', fetchedAt: 1, items: [item] });
    fc.assert(
      fc.property(almost(itemArb), (item) => sameAsSchema(parseCache, UpcomingCacheSchema)(inCache(item))),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly the profiles ZoomProfileSchema and WebexProfileSchema do', () => {
    fc.assert(fc.property(almost(profileArb), sameAsSchema(PROFILE.zoom, ZoomProfileSchema)), {
      numRuns: 1000,
    });
    fc.assert(fc.property(almost(profileArb), sameAsSchema(PROFILE.webex, WebexProfileSchema)), {
      numRuns: 1000,
    });
  });
});

describe('readFirstScreenCache', () => {
  const zoomProfile = {
    userId: 'u1',
    displayName: 'Ada',
    email: 'a@x',
    accountType: 'licensed',
    accountId: 'a',
  } as const;
  const webexProfile = { userId: 'w1', displayName: 'Ada', email: 'a@x', orgId: 'o' };
  const row = (provider: 'zoom' | 'webex', id: string, startTime: string) => ({
    provider,
    id,
    kind: 'meeting' as const,
    topic: `${provider} ${id}`,
    startTime,
    joinUrl: `https://example.org/j/${id}`,
  });

  beforeEach(() => fakeBrowser.reset());

  it('gives what cachedUpcoming gives: both accounts merged soonest first, each only its own rows', async () => {
    await zoomProfileItem.set(zoomProfile);
    await webexProfileItem.set(webexProfile);
    await upcomingCacheItem.set({
      userId: 'u1',
      fetchedAt: 1,
      items: [row('zoom', '2', '2026-03-03T10:00:00Z'), row('webex', 'x', '2026-03-01T10:00:00Z')],
    });
    await webexUpcomingCacheItem.set({
      userId: 'w1',
      fetchedAt: 1,
      items: [row('webex', 'abc', '2026-03-02T10:00:00Z')],
    });
    const read = await readFirstScreenCache();
    expect(read?.map((i) => i.id)).toEqual(['abc', '2']);
    expect(read).toEqual(await cachedUpcoming());
  });

  it('shows no cache of another account, and none when nobody is signed in', async () => {
    await upcomingCacheItem.set({
      userId: 'u1',
      fetchedAt: 1,
      items: [row('zoom', '2', '2026-03-03T10:00:00Z')],
    });
    expect(await readFirstScreenCache()).toBeNull();
    await zoomProfileItem.set({ ...zoomProfile, userId: 'someone-else' });
    expect(await readFirstScreenCache()).toBeNull();
  });

  it('reads a damaged or not yet migrated (v1) cache as none, leaving it to the full popup', async () => {
    await zoomProfileItem.set(zoomProfile);
    const v1Row = { id: '2', kind: 'meeting', topic: 'Old', joinUrl: 'https://zoom.us/j/2' };
    await fakeBrowser.storage.local.set({ upcomingCache: { userId: 'u1', fetchedAt: 1, items: [v1Row] } });
    expect(await readFirstScreenCache()).toBeNull();
    await fakeBrowser.storage.local.set({ upcomingCache: 'garbage' });
    expect(await readFirstScreenCache()).toBeNull();
  });
});
