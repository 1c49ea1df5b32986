import {
  type AccountStatus,
  type Connection,
  type ConnectionOptions,
  createConnection,
} from '../../auth/connection';
import type { OAuthPaths } from '../../auth/oauth';
import type { AuthSessionOptions } from '../../auth/session';
import { createTokenStore } from '../../auth/tokens';
import { ApiError } from '../../http/errors';
import {
  type ZoomEndpoints,
  type ZoomProfile,
  zoomAccessTokenItem,
  zoomGrantItem,
  zoomProfileItem,
  zoomSignedOutItem,
} from '../../storage';
import { createZoomClient, profileFromUser, type ZoomClient } from './client';
import { resolveZoomEndpoints } from './endpoints';
import { ZOOM_MESSAGES, zoomHttpDialect } from './http-dialect';
import { createZoomPaths } from './paths';

/** Zoom's OAuth endpoints, under its OAuth base (https://zoom.us). */
export const ZOOM_OAUTH_PATHS: OAuthPaths = {
  authorize: 'oauth/authorize',
  token: 'oauth/token',
  revoke: 'oauth/revoke',
};

/** Zoom's sign-in: its storage items, OAuth, sentences, and the endpoints in force (settings, policy). */
export function zoomSession(): Pick<
  AuthSessionOptions<ZoomProfile>,
  'store' | 'oauth' | 'messages' | 'resolveEndpoints'
> {
  return {
    store: createTokenStore<ZoomProfile>({
      access: zoomAccessTokenItem,
      grant: zoomGrantItem,
      profile: zoomProfileItem,
      signedOut: zoomSignedOutItem,
    }),
    oauth: { paths: ZOOM_OAUTH_PATHS, provider: 'Zoom' },
    messages: ZOOM_MESSAGES,
    resolveEndpoints: async () => (await resolveZoomEndpoints()).endpoints,
  };
}

export interface ZoomConnectionOptions extends ConnectionOptions {
  /** `account`: paths under `accounts/{accountId}/`, the id taken from the signed-in profile. */
  level?: 'user' | 'account';
  resolveEndpoints?: () => Promise<ZoomEndpoints>;
}

export type ZoomStatus = AccountStatus<ZoomProfile>;
export type ZoomConnection = Connection<ZoomProfile, ZoomClient>;

/** The background's one Zoom account: its tokens under Zoom's keys, its API in Zoom's words. */
export function createZoomConnection({ level, ...options }: ZoomConnectionOptions): ZoomConnection {
  return createConnection<ZoomProfile, ZoomClient>(
    {
      session: zoomSession(),
      dialect: zoomHttpDialect,
      client(http, auth) {
        const userPaths = createZoomPaths({ level: 'user' });
        const api = createZoomClient({
          http,
          paths: async () => {
            if (level !== 'account') return userPaths;
            const profile = await auth.profile();
            if (!profile?.accountId)
              throw new ApiError({ kind: 'signed-out', message: ZOOM_MESSAGES.notSignedIn });
            return createZoomPaths({ level: 'account', accountId: profile.accountId });
          },
        });
        // The account id is learned from `users/me`, so the profile is always read at user level.
        const profileReader = createZoomClient({ http, paths: userPaths });
        return { api, readProfile: async () => profileFromUser(await profileReader.currentUser()) };
      },
    },
    options,
  );
}
