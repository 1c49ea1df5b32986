import { z } from 'zod';
import { ZoomEndpointsSchema, ZoomProfileSchema } from '../storage';

// Messages about the connected account and its server settings. No token ever appears here.

/** `refresh`: ask Zoom who this is now (the options page), instead of the saved profile. */
export const StatusRequestSchema = z.object({ refresh: z.boolean().optional() }).strict();

export const ConnectionStatusSchema = z.object({
  zoom: z.discriminatedUnion('connected', [
    z.object({ connected: z.literal(false), reason: z.string().optional() }),
    z.object({ connected: z.literal(true), user: ZoomProfileSchema }),
  ]),
});
export type ConnectionStatus = z.infer<typeof ConnectionStatusSchema>;

const LockedSchema = z.object({
  preset: z.boolean(),
  oauthBase: z.boolean(),
  apiBase: z.boolean(),
  clientId: z.boolean(),
});

export const ZoomSettingsViewSchema = z.object({
  endpoints: ZoomEndpointsSchema,
  locked: LockedSchema,
  /** What the person registers as the redirect URL in their Zoom OAuth app. */
  redirectUrl: z.string(),
});
export type ZoomSettingsView = z.infer<typeof ZoomSettingsViewSchema>;

const Empty = z.object({}).strict();

export const accountMessages = {
  // Name, e-mail, user and account ids: the extension's pages show them; the calendar button needs none.
  'status.get': { request: StatusRequestSchema, response: ConnectionStatusSchema, contentScript: false },
  // Sign-in opens the provider's page; only the extension's own pages may start or end a session.
  'auth.signIn': { request: Empty, response: ConnectionStatusSchema, contentScript: false },
  'auth.signOut': { request: Empty, response: ConnectionStatusSchema, contentScript: false },
  'settings.getZoom': { request: Empty, response: ZoomSettingsViewSchema, contentScript: false },
  'settings.saveZoom': {
    request: ZoomEndpointsSchema,
    response: ZoomSettingsViewSchema,
    contentScript: false,
  },
} as const;
