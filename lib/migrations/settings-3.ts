// Settings v2 -> v3: v3 adds the Webex server (`webex`: OAuth base, API base, client id) and the
// default provider for new meetings. Zoom stays the default, so nothing changes for a person until
// they choose Webex. The Webex server comes from the build (`defaultWebexEndpoints()`, passed in by
// lib/storage.ts) so a build configured for a Webex integration keeps working after the update; the
// rest is written out here, not imported, so the migration keeps doing what it did the day it shipped.

export interface V3WebexEndpoints {
  oauthBase: string;
  apiBase: string;
  clientId: string;
}

export function migrateSettingsToV3(previous: unknown, webex: V3WebexEndpoints): unknown {
  // Anything that is not an object is left for the validated read to replace with the fallback.
  if (!previous || typeof previous !== 'object' || Array.isArray(previous)) return previous;
  const { webex: _webex, defaultProvider: _provider, ...rest } = previous as Record<string, unknown>;
  return { ...rest, webex: { ...webex }, defaultProvider: 'zoom' };
}
