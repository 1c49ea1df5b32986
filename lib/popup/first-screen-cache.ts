import { browser } from 'wxt/browser';
import { isProviderKey } from '../brands/brands';
import type { Provider, UpcomingCache, UpcomingItem } from '../protocol/popup';
import type { WebexProfile, ZoomProfile } from '../storage';
import { arrayOf, INVALID, matching, number, objectOf, oneOf, optional, type Parse, string } from '../shape';
import { mergeUpcoming } from './upcoming-order';

// The popup's first screen: the cached "Upcoming" rows, read straight from storage and checked by
// hand (lib/shape.ts) instead of with the zod schemas, whose code would otherwise load
// before anything is shown. The checks mirror UpcomingCacheSchema (v2) and the two profile
// schemas in lib/storage.ts; anything else (a v1 cache, a damaged value) reads as "no cache",
// and the full popup, loaded right after, reads the caches again the usual way
// (lib/popup/cached-upcoming.ts, with migrations).

const fields = {
  topic: string,
  startTime: optional(string),
  durationMinutes: optional(number),
  timezone: optional(string),
  joinUrl: string,
};
const kind = oneOf('meeting', 'webinar');
/** UpcomingItemSchema: any registered provider's row. */
export const upcomingItem: Parse<UpcomingItem> = objectOf({
  provider: (value) => (isProviderKey(value) ? value : INVALID),
  id: matching(/^\w{1,64}$/),
  kind,
  ...fields,
});

/** UpcomingCacheSchema. */
export const parseCache: Parse<UpcomingCache> = objectOf({
  userId: string,
  fetchedAt: number,
  items: arrayOf(upcomingItem),
});

/** ZoomProfileSchema and WebexProfileSchema. */
export const PROFILE: { zoom: Parse<ZoomProfile>; webex: Parse<WebexProfile> } = {
  zoom: objectOf({
    userId: string,
    displayName: string,
    email: string,
    accountType: oneOf('basic', 'licensed', 'on-prem', 'none', 'unknown'),
    accountId: string,
  }),
  webex: objectOf({
    userId: string,
    displayName: string,
    email: string,
    orgId: string,
    timezone: optional(string),
  }),
};

/** Storage keys of each provider's cache and profile (the `local:` items of lib/storage.ts). */
export const FIRST_SCREEN_KEYS: Record<Provider, { cache: string; profile: string }> = {
  zoom: { cache: 'upcomingCache', profile: 'zoomProfile' },
  webex: { cache: 'webexUpcomingCache', profile: 'webexProfile' },
};

/**
 * The cached rows whose account is the one signed in now, merged soonest first; null when none
 * is. The same answer as `cachedUpcoming()` for every value that passes its schemas.
 */
export async function readFirstScreenCache(
  // Not `storage`: WXT's auto-import would take that name for its storage module (~9 kB) and put
  // it in the first screen's script (test/e2e/popup-first-screen-bundle.e2e.ts).
  area: { get(keys: string[]): Promise<Record<string, unknown>> } = browser.storage.local,
): Promise<UpcomingItem[] | null> {
  const providers = Object.keys(FIRST_SCREEN_KEYS) as Provider[];
  const stored = await area.get(providers.flatMap((p) => Object.values(FIRST_SCREEN_KEYS[p])));
  const lists = providers.flatMap((provider) => {
    const cache = parseCache(stored[FIRST_SCREEN_KEYS[provider].cache]);
    const person = PROFILE[provider](stored[FIRST_SCREEN_KEYS[provider].profile]);
    if (cache === INVALID || person === INVALID || cache.userId !== person.userId) return [];
    return [cache.items.filter((i) => i.provider === provider)];
  });
  return lists.length > 0 ? mergeUpcoming(...lists) : null;
}
