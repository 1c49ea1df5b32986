import { PROVIDER_KEYS } from './brands/brands';
import { serverUrl } from './auth/url-shape';
import {
  defaultWebexEndpoints,
  defaultZoomEndpoints,
  PASSCODE,
  type ServerSettings,
  SETTINGS_VERSION,
  type ZoomPreset,
} from './settings-defaults';
import { arrayOf, INVALID, matching, objectOf, oneOf, optional, type Parse, string } from './shape';

// The servers in the settings item (`local:settings`, lib/storage.ts), read without zod for the
// background's first answer. It answers only where `settingsItem.get()` would neither migrate nor
// set anything aside, and then gives the same servers; anything else is INVALID, and the full
// answer reads the item the usual way. test/unit/stored-settings.test.ts holds it to the schema.

/** zod's `z.email()` pattern (`z.regexes.email`); the test fails if zod changes it. */
export const EMAIL = new RegExp(
  "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
);

const boolean: Parse<boolean> = (v) => (typeof v === 'boolean' ? v : INVALID);
const withMax =
  <T extends { length: number }>(parse: Parse<T>, max: number): Parse<T> =>
  (v) => {
    const parsed = parse(v);
    return parsed !== INVALID && parsed.length <= max ? parsed : INVALID;
  };

const servers = { oauthBase: serverUrl, apiBase: serverUrl, clientId: string };
const zoom = objectOf<ServerSettings & { preset: ZoomPreset }>({
  preset: oneOf('zoom', 'zoomgov', 'custom'),
  ...servers,
});
const webex = objectOf<ServerSettings>(servers);
/** `MeetingDefaultsSchema`, its refinement included. */
const meetingDefaultsShape = objectOf({
  passcode: oneOf('auto', 'none', 'fixed'),
  fixedPasscode: withMax(string, 10),
  waitingRoom: boolean,
  joinBeforeHost: boolean,
  muteUponEntry: boolean,
  autoRecording: oneOf('none', 'local', 'cloud'),
  alternativeHosts: withMax(arrayOf(matching(EMAIL)), 100),
  registration: oneOf('none', 'automatic', 'manual'),
});
const meetingDefaults: Parse<unknown> = (v) => {
  const parsed = meetingDefaultsShape(v);
  if (parsed === INVALID) return INVALID;
  return parsed.passcode !== 'fixed' || PASSCODE.test(parsed.fixedPasscode) ? parsed : INVALID;
};
/** `SettingsSchema`: the sections with a default may be absent. */
const settings = objectOf({
  zoom,
  meetingDefaults: optional(meetingDefaults),
  webex: optional(webex),
  defaultProvider: optional(oneOf(...PROVIDER_KEYS)),
});

export interface StoredServers {
  zoom: ServerSettings & { preset: ZoomPreset };
  webex: ServerSettings;
}

/**
 * `value`: what `storage.local` holds under `settings`; `meta`: under `settings$` (WXT keeps the
 * item's version there). Absent settings read as the build's defaults.
 */
export function storedServers(value: unknown, meta: unknown): StoredServers | typeof INVALID {
  if (value === undefined || value === null)
    return { zoom: defaultZoomEndpoints(), webex: defaultWebexEndpoints() };
  // Another version would be migrated first (a write): the full answer does that.
  if ((meta as { v?: unknown } | null | undefined)?.v !== SETTINGS_VERSION) return INVALID;
  const parsed = settings(value);
  if (parsed === INVALID) return INVALID;
  return { zoom: parsed.zoom, webex: parsed.webex ?? defaultWebexEndpoints() };
}

/** Where the settings item lives in `storage.local`: its value and WXT's version record. */
export const SETTINGS_KEYS = { value: 'settings', meta: 'settings$' } as const;
