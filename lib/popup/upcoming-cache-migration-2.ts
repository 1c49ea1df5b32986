// Upcoming cache v1 -> v2: v2 rows name their provider, since Webex's meetings are listed beside
// Zoom's. Every v1 row was Zoom's. Anything that is not the v1 shape is left for the validated read
// to replace with the fallback (an empty cache: the popup then waits for the network once).

export function migrateUpcomingCacheToV2(previous: unknown): unknown {
  if (!previous || typeof previous !== 'object' || Array.isArray(previous)) return previous;
  const cache = previous as Record<string, unknown>;
  if (!Array.isArray(cache.items)) return previous;
  return {
    ...cache,
    items: cache.items.map((item: unknown) =>
      item && typeof item === 'object' && !Array.isArray(item) ? { provider: 'zoom', ...item } : item,
    ),
  };
}
