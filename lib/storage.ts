import { z } from 'zod';
import { defineValidatedItem } from './storage-item';

// Every item the extension keeps, declared once. Reads are validated (see storage-item.ts).
// When a shape changes: bump `version`, add a migration for that version and a test for it.

export const ZoomPresetSchema = z.enum(['zoom', 'zoomgov', 'custom']);

export const ZoomEndpointsSchema = z.object({
  preset: ZoomPresetSchema,
  oauthBase: z.url(),
  apiBase: z.url(),
  clientId: z.string(),
});
export type ZoomEndpoints = z.infer<typeof ZoomEndpointsSchema>;

export const ZOOM_PRESETS = {
  zoom: { oauthBase: 'https://zoom.us', apiBase: 'https://api.zoom.us/v2' },
  zoomgov: { oauthBase: 'https://zoomgov.com', apiBase: 'https://api.zoomgov.com/v2' },
} as const;

/** Build-time defaults (`WXT_ZOOM_*` in the environment or `.env.local`), else Zoom itself. */
export function defaultZoomEndpoints(): ZoomEndpoints {
  const env = import.meta.env;
  const oauthBase = env.WXT_ZOOM_OAUTH_BASE || ZOOM_PRESETS.zoom.oauthBase;
  const apiBase = env.WXT_ZOOM_API_BASE || ZOOM_PRESETS.zoom.apiBase;
  const preset =
    oauthBase === ZOOM_PRESETS.zoom.oauthBase
      ? 'zoom'
      : oauthBase === ZOOM_PRESETS.zoomgov.oauthBase
        ? 'zoomgov'
        : 'custom';
  return { preset, oauthBase, apiBase, clientId: env.WXT_ZOOM_CLIENT_ID || '' };
}

export const SettingsSchema = z.object({
  zoom: ZoomEndpointsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const settingsItem = defineValidatedItem('local:settings', SettingsSchema, {
  fallback: { zoom: defaultZoomEndpoints() },
  version: 1,
});

// Zoom sign-in (lib/auth). The access token lives only in `session:` storage (memory, cleared with
// the browser, out of content scripts' reach in Chrome); the refresh token in `local:` so a restart
// keeps the person signed in. The grant records which server issued it: a token is never sent to
// another server after the settings change.

export const ZoomAccessTokenSchema = z
  .object({ accessToken: z.string().min(1), expiresAt: z.number() })
  .nullable();
export const zoomAccessTokenItem = defineValidatedItem('session:zoomAccessToken', ZoomAccessTokenSchema, {
  fallback: null,
  version: 1,
});

export const ZoomGrantSchema = z
  .object({ refreshToken: z.string().min(1), oauthBase: z.url(), apiBase: z.url(), clientId: z.string() })
  .nullable();
export const zoomGrantItem = defineValidatedItem('local:zoomGrant', ZoomGrantSchema, {
  fallback: null,
  version: 1,
});

export const ZoomAccountTypeSchema = z.enum(['basic', 'licensed', 'on-prem', 'none', 'unknown']);
export const ZoomProfileSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  accountType: ZoomAccountTypeSchema,
  accountId: z.string(),
});
export type ZoomProfile = z.infer<typeof ZoomProfileSchema>;
export const zoomProfileItem = defineValidatedItem('local:zoomProfile', ZoomProfileSchema.nullable(), {
  fallback: null,
  version: 1,
});

/** Why the person was signed out without asking (a refused refresh), for the status to say so. */
export const ZoomSignedOutSchema = z.object({ reason: z.string(), at: z.number() }).nullable();
export const zoomSignedOutItem = defineValidatedItem('local:zoomSignedOut', ZoomSignedOutSchema, {
  fallback: null,
  version: 1,
});

// Enterprise policy (public/managed_schema.json). Read-only; a value set here overrides the
// options page and locks its field. Managed storage has no versions or migrations.
export const zoomManagedOauthBaseItem = defineValidatedItem('managed:zoomOauthBase', z.url().nullable(), {
  fallback: null,
});
export const zoomManagedApiBaseItem = defineValidatedItem('managed:zoomApiBase', z.url().nullable(), {
  fallback: null,
});
export const zoomManagedClientIdItem = defineValidatedItem(
  'managed:zoomClientId',
  z.string().min(1).nullable(),
  {
    fallback: null,
  },
);
