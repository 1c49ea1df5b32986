// The settings item's built-in values (lib/storage.ts declares the item): the known Zoom servers,
// the build's defaults, the passcode rule and the item's layout version. Without zod, so the
// background's first answer (lib/background/first-answer.ts) can read the servers without the schemas.

/** The settings item's layout version: a stored value of another version is migrated first. */
export const SETTINGS_VERSION = 3;

/** The servers of an account as the settings hold them (lib/storage.ts has their schemas). */
export interface ServerSettings {
  oauthBase: string;
  apiBase: string;
  clientId: string;
}
export type ZoomPreset = 'zoom' | 'zoomgov' | 'custom';

export const ZOOM_PRESETS = {
  zoom: { oauthBase: 'https://zoom.us', apiBase: 'https://api.zoom.us/v2' },
  zoomgov: { oauthBase: 'https://zoomgov.com', apiBase: 'https://api.zoomgov.com/v2' },
} as const;

/** Build-time defaults (`WXT_ZOOM_*` in the environment or `.env.local`), else Zoom itself. */
export function defaultZoomEndpoints(): ServerSettings & { preset: ZoomPreset } {
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

export const WEBEX_API_BASE = 'https://webexapis.com/v1';

/** Webex serves OAuth and the API from one base; build-time `WXT_WEBEX_*` override the defaults. */
export function defaultWebexEndpoints(): ServerSettings {
  const env = import.meta.env;
  const apiBase = env.WXT_WEBEX_API_BASE || WEBEX_API_BASE;
  return { oauthBase: env.WXT_WEBEX_OAUTH_BASE || apiBase, apiBase, clientId: env.WXT_WEBEX_CLIENT_ID || '' };
}

/**
 * Zoom passcodes: at most 10 characters (docs/api/zoom-meetings-api-reference.txt); spaces would not
 * survive a join link.
 */
export const PASSCODE = /^\S{1,10}$/;
