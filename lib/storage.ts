import { z } from 'zod';
import { PROVIDER_KEYS } from './brands/brands';
import { ServerUrlSchema } from './auth/server-url';
import { migrateSettingsToV2 } from './migrations/settings-2';
import { migrateSettingsToV3 } from './migrations/settings-3';
import { defaultWebexEndpoints, defaultZoomEndpoints, PASSCODE, SETTINGS_VERSION } from './settings-defaults';
import { defineValidatedItem } from './storage-item';

export {
  defaultWebexEndpoints,
  defaultZoomEndpoints,
  PASSCODE,
  SETTINGS_VERSION,
  WEBEX_API_BASE,
  ZOOM_PRESETS,
} from './settings-defaults';

// The settings and the accounts' sign-in items. Other items are declared by their owners
// (lib/meetings/link-items.ts, lib/registration/job-items.ts, lib/popup/upcoming-items.ts,
// lib/providers/zoom/livestream-items.ts). Reads are validated (see storage-item.ts).
// When a shape changes: bump `version`, add a migration for that version and a test for it.

export const ZoomPresetSchema = z.enum(['zoom', 'zoomgov', 'custom']);

// Base URLs: https, or http on this machine only (lib/auth/server-url.ts).
export const ZoomEndpointsSchema = z.object({
  preset: ZoomPresetSchema,
  oauthBase: ServerUrlSchema,
  apiBase: ServerUrlSchema,
  clientId: z.string(),
});
export type ZoomEndpoints = z.infer<typeof ZoomEndpointsSchema>;

/** What a meeting attached from the calendar gets (options page, "Meeting defaults"). */
export const MeetingDefaultsSchema = z
  .object({
    /** `auto`: Zoom's account setting decides (usually a generated passcode); `none`; `fixed`. */
    passcode: z.enum(['auto', 'none', 'fixed']),
    /** Kept while another mode is chosen, so switching back does not lose it; sent only when `fixed`. */
    fixedPasscode: z.string().max(10),
    waitingRoom: z.boolean(),
    joinBeforeHost: z.boolean(),
    muteUponEntry: z.boolean(),
    autoRecording: z.enum(['none', 'local', 'cloud']),
    alternativeHosts: z.array(z.email()).max(100),
    /** `automatic` / `manual` approval of registrants; `none`: no registration. */
    registration: z.enum(['none', 'automatic', 'manual']),
  })
  .refine((d) => d.passcode !== 'fixed' || PASSCODE.test(d.fixedPasscode), {
    message: 'A fixed passcode has 1 to 10 characters and no spaces.',
    path: ['fixedPasscode'],
  });
export type MeetingDefaults = z.infer<typeof MeetingDefaultsSchema>;

export const DEFAULT_MEETING_DEFAULTS: MeetingDefaults = {
  passcode: 'auto',
  fixedPasscode: '',
  waitingRoom: true,
  joinBeforeHost: false,
  muteUponEntry: false,
  autoRecording: 'none',
  alternativeHosts: [],
  registration: 'none',
};

export const WebexEndpointsSchema = z.object({
  oauthBase: ServerUrlSchema,
  apiBase: ServerUrlSchema,
  clientId: z.string(),
});
export type WebexEndpoints = z.infer<typeof WebexEndpointsSchema>;

/** Which service a calendar attach (and a new registration) uses unless the person picks the other. */
export const ProviderChoiceSchema = z.enum(PROVIDER_KEYS);
export type ProviderChoice = z.infer<typeof ProviderChoiceSchema>;

export const SettingsSchema = z.object({
  zoom: ZoomEndpointsSchema,
  // Missing (a value written without it, e.g. by a test harness straight into storage) reads as the
  // defaults, so the server settings beside it survive; a malformed section still fails the read.
  meetingDefaults: MeetingDefaultsSchema.default(DEFAULT_MEETING_DEFAULTS),
  // The same for the Webex server and the default provider (settings v3).
  webex: WebexEndpointsSchema.default(() => defaultWebexEndpoints()),
  defaultProvider: ProviderChoiceSchema.default('zoom'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A factory so the migration test can declare the real item over a storage it prepared. */
export function defineSettingsItem() {
  return defineValidatedItem('local:settings', SettingsSchema, {
    fallback: {
      zoom: defaultZoomEndpoints(),
      meetingDefaults: DEFAULT_MEETING_DEFAULTS,
      webex: defaultWebexEndpoints(),
      defaultProvider: 'zoom' as const,
    },
    version: SETTINGS_VERSION,
    migrations: {
      2: migrateSettingsToV2,
      3: (v: unknown) => migrateSettingsToV3(v, defaultWebexEndpoints()),
    },
  });
}
export const settingsItem = defineSettingsItem();

// Sign-in (lib/auth), the same shapes for every provider. The access token lives only in
// `session:` storage (memory, cleared with the browser, out of content scripts' reach in Chrome);
// the refresh token in `local:` so a restart keeps the person signed in. The grant records which
// server issued it: a token is never sent to another server after the settings change.

export const AccessTokenSchema = z
  .object({ accessToken: z.string().min(1), expiresAt: z.number() })
  .nullable();
export const zoomAccessTokenItem = defineValidatedItem('session:zoomAccessToken', AccessTokenSchema, {
  fallback: null,
  version: 1,
});

export const GrantSchema = z
  .object({ refreshToken: z.string().min(1), oauthBase: z.url(), apiBase: z.url(), clientId: z.string() })
  .nullable();
export const zoomGrantItem = defineValidatedItem('local:zoomGrant', GrantSchema, {
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
export const SignedOutSchema = z.object({ reason: z.string(), at: z.number() }).nullable();
export const zoomSignedOutItem = defineValidatedItem('local:zoomSignedOut', SignedOutSchema, {
  fallback: null,
  version: 1,
});

// Webex sign-in: the same items as Zoom's, under its own keys, so both accounts can be connected at
// once; the profile is Webex's own.

export const webexAccessTokenItem = defineValidatedItem('session:webexAccessToken', AccessTokenSchema, {
  fallback: null,
  version: 1,
});
export const webexGrantItem = defineValidatedItem('local:webexGrant', GrantSchema, {
  fallback: null,
  version: 1,
});
export const WebexProfileSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  orgId: z.string(),
  /** The person's IANA zone, when Webex knows it (meetings default to it). */
  timezone: z.string().optional(),
});
export type WebexProfile = z.infer<typeof WebexProfileSchema>;
export const webexProfileItem = defineValidatedItem('local:webexProfile', WebexProfileSchema.nullable(), {
  fallback: null,
  version: 1,
});
export const webexSignedOutItem = defineValidatedItem('local:webexSignedOut', SignedOutSchema, {
  fallback: null,
  version: 1,
});

// Enterprise policy (public/managed_schema.json). Read-only; a value set here overrides the
// options page and locks its field. Managed storage has no versions or migrations.
export const zoomManagedOauthBaseItem = defineValidatedItem(
  'managed:zoomOauthBase',
  ServerUrlSchema.nullable(),
  {
    fallback: null,
  },
);
export const zoomManagedApiBaseItem = defineValidatedItem('managed:zoomApiBase', ServerUrlSchema.nullable(), {
  fallback: null,
});
export const zoomManagedClientIdItem = defineValidatedItem(
  'managed:zoomClientId',
  z.string().min(1).nullable(),
  {
    fallback: null,
  },
);
