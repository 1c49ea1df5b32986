import {
  type AccountStatus,
  type Connection,
  type ConnectionOptions,
  createConnection,
} from '../../auth/connection';
import { createTokenStore } from '../../auth/tokens';
import {
  defaultWebexEndpoints,
  type WebexProfile,
  webexAccessTokenItem,
  webexGrantItem,
  webexProfileItem,
  webexSignedOutItem,
} from '../../storage';
import { createWebexClient, profileFromPerson, type WebexClient } from './client';
import { toWebexError, WEBEX_MESSAGES } from './errors';
import { webexHttpDialect } from './http-dialect';

/**
 * Webex's OAuth for an integration: `/authorize` and `/access_token` under the API base
 * (https://webexapis.com/v1). Webex documents no token-revocation endpoint for integrations, so
 * sign-out forgets the tokens; the person can withdraw the grant in their Webex settings.
 */
export const WEBEX_OAUTH_PATHS = { authorize: 'authorize', token: 'access_token', revoke: null };

/** The scopes the product needs: who signed in, meetings, registrants. */
export const WEBEX_SCOPES = [
  'spark:people_read',
  'meeting:schedules_read',
  'meeting:schedules_write',
  'meeting:participants_read',
  'meeting:participants_write',
].join(' ');

export type WebexStatus = AccountStatus<WebexProfile>;
export type WebexConnection = Connection<WebexProfile, WebexClient>;

/** The background's one Webex account, beside the Zoom one: its own keys, OAuth paths and wording. */
export function createWebexConnection(options: ConnectionOptions): WebexConnection {
  return createConnection<WebexProfile, WebexClient>(
    {
      session: {
        resolveEndpoints: async () => defaultWebexEndpoints(),
        store: createTokenStore<WebexProfile>({
          access: webexAccessTokenItem,
          grant: webexGrantItem,
          profile: webexProfileItem,
          signedOut: webexSignedOutItem,
        }),
        oauth: { paths: WEBEX_OAUTH_PATHS, provider: 'Webex', scope: WEBEX_SCOPES },
        messages: WEBEX_MESSAGES,
      },
      dialect: webexHttpDialect,
      wordSignInError: toWebexError,
      client(http) {
        const api = createWebexClient({ http });
        return { api, readProfile: async () => profileFromPerson(await api.currentUser()) };
      },
    },
    options,
  );
}
