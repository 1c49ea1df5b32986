import {
  type AccountStatus,
  type Connection,
  type ConnectionOptions,
  createConnection,
} from '../../auth/connection';
import { ApiError, MESSAGES } from '../../http/errors';
import type { ZoomEndpoints, ZoomProfile } from '../../storage';
import { createZoomClient, profileFromUser, type ZoomClient } from './client';
import { createZoomPaths } from './paths';

export interface ZoomConnectionOptions extends ConnectionOptions {
  /** `account`: paths under `accounts/{accountId}/`, the id taken from the signed-in profile. */
  level?: 'user' | 'account';
  resolveEndpoints?: () => Promise<ZoomEndpoints>;
}

export type ZoomStatus = AccountStatus<ZoomProfile>;
export type ZoomConnection = Connection<ZoomProfile, ZoomClient>;

/** The background's one Zoom account: its tokens under Zoom's keys (the session's defaults). */
export function createZoomConnection({ level, ...options }: ZoomConnectionOptions): ZoomConnection {
  return createConnection<ZoomProfile, ZoomClient>(
    {
      session: {},
      unexpected: MESSAGES.unexpected,
      client(http, auth) {
        const userPaths = createZoomPaths({ level: 'user' });
        const api = createZoomClient({
          http,
          paths: async () => {
            if (level !== 'account') return userPaths;
            const profile = await auth.profile();
            if (!profile?.accountId)
              throw new ApiError({ kind: 'signed-out', message: MESSAGES.notSignedIn });
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
