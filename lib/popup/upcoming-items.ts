import { UpcomingCacheSchema } from '../protocol/popup';
import { defineValidatedItem } from '../storage-item';
import { migrateUpcomingCacheToV2 } from './upcoming-cache-migration-2';

// The toolbar popup (lib/popup). "Upcoming" is shown from these caches at once, then refreshed; they
// hold topics, times and join links (no start links, no passwords) and name their account, so a
// cache of another account is never shown. One per provider: Zoom's and Webex's accounts are
// separate people to this extension.
/** A factory so the migration test can declare the real item over a storage it prepared. */
export function defineUpcomingCacheItem() {
  return defineValidatedItem('local:upcomingCache', UpcomingCacheSchema.nullable(), {
    fallback: null,
    version: 2,
    migrations: { 2: migrateUpcomingCacheToV2 },
  });
}
export const upcomingCacheItem = defineUpcomingCacheItem();
export const webexUpcomingCacheItem = defineValidatedItem(
  'local:webexUpcomingCache',
  UpcomingCacheSchema.nullable(),
  { fallback: null, version: 1 },
);
