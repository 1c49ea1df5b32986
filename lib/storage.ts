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
