import type { Provider, UpcomingCache, UpcomingItem } from '../protocol/popup';
import { webexProfileItem, zoomProfileItem } from '../storage';
import { upcomingCacheItem, webexUpcomingCacheItem } from './upcoming-items';
import { mergeUpcoming } from './upcoming-order';

export interface CacheSource {
  provider: Provider;
  cache: { get(): Promise<UpcomingCache | null> };
  /** Who is signed in to this provider now. */
  profile: { get(): Promise<{ userId: string } | null> };
}

/** Each provider's cache beside its account's profile (both written by the background). */
export const UPCOMING_CACHES: readonly CacheSource[] = [
  { provider: 'zoom', cache: upcomingCacheItem, profile: zoomProfileItem },
  { provider: 'webex', cache: webexUpcomingCacheItem, profile: webexProfileItem },
];

/**
 * The cached lists whose account is the one signed in now, merged soonest first; null when no
 * cache is. Read straight from storage, so the popup shows them before the background wakes.
 */
export async function cachedUpcoming(sources = UPCOMING_CACHES): Promise<UpcomingItem[] | null> {
  const lists = await Promise.all(
    sources.map(async ({ provider, cache, profile }) => {
      const [cached, person] = await Promise.all([cache.get(), profile.get()]);
      if (!cached || !person || cached.userId !== person.userId) return null;
      return cached.items.filter((item) => item.provider === provider);
    }),
  );
  const shown = lists.filter((list) => list !== null);
  return shown.length > 0 ? mergeUpcoming(...shown) : null;
}
