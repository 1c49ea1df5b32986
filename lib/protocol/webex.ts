import { z } from 'zod';
import { ProviderChoiceSchema, WebexEndpointsSchema, WebexProfileSchema } from '../storage';
import { StatusRequestSchema } from './account';

// The Webex account beside the Zoom one, its server and the default provider. Extension pages only:
// a calendar page has no business starting a sign-in or reading the server settings.

export const WebexStatusSchema = z.discriminatedUnion('connected', [
  z.object({ connected: z.literal(false), reason: z.string().optional() }),
  z.object({ connected: z.literal(true), user: WebexProfileSchema }),
]);
export type WebexStatusView = z.infer<typeof WebexStatusSchema>;

export const WebexSettingsViewSchema = z.object({
  endpoints: WebexEndpointsSchema,
  defaultProvider: ProviderChoiceSchema,
  /** What the person registers as the redirect URI in their Webex integration. */
  redirectUrl: z.string(),
});
export type WebexSettingsView = z.infer<typeof WebexSettingsViewSchema>;

/** Either part may be sent alone: the default-provider choice saves without the server fields. */
export const SaveWebexRequestSchema = z
  .object({ endpoints: WebexEndpointsSchema.optional(), defaultProvider: ProviderChoiceSchema.optional() })
  .strict();

const Empty = z.object({}).strict();

export const webexMessages = {
  'webex.status': { request: StatusRequestSchema, response: WebexStatusSchema, contentScript: false },
  'webex.signIn': { request: Empty, response: WebexStatusSchema, contentScript: false },
  'webex.signOut': { request: Empty, response: WebexStatusSchema, contentScript: false },
  'settings.getWebex': { request: Empty, response: WebexSettingsViewSchema, contentScript: false },
  /** Answers with what was saved. */
  'settings.saveWebex': {
    request: SaveWebexRequestSchema,
    response: WebexSettingsViewSchema,
    contentScript: false,
  },
} as const;
