import { UNKNOWN } from '../../auth/stored-status';
import { serverUrl } from '../../auth/url-shape';
import { PROFILE } from '../../popup/first-screen-cache';
import { INVALID, nonEmpty, nullable, objectOf } from '../../shape';
import type { ZoomProfile } from '../../storage';
import type { StoredStatusSource } from '../stored-status-source';
import { zoomEndpointsInForce } from './endpoints-in-force';

/** The three `managed:` items of lib/storage.ts (absent: null). */
const policy = objectOf({
  zoomOauthBase: nullable(serverUrl),
  zoomApiBase: nullable(serverUrl),
  zoomClientId: nullable(nonEmpty),
});

/** Zoom's status from storage (`status.get`): its sign-in items, its servers under policy as endpoints.ts resolves them. */
export const zoomStoredStatus: StoredStatusSource<ZoomProfile> = {
  message: 'status.get',
  reply: (status) => ({ zoom: status }),
  keys: { grant: 'zoomGrant', profile: 'zoomProfile', signedOut: 'zoomSignedOut' },
  profile: PROFILE.zoom,
  policyKeys: ['zoomOauthBase', 'zoomApiBase', 'zoomClientId'],
  servers(settings, stored) {
    const set = policy(stored);
    if (set === INVALID) return UNKNOWN;
    const { endpoints } = zoomEndpointsInForce(settings.zoom, {
      oauthBase: set.zoomOauthBase,
      apiBase: set.zoomApiBase,
      clientId: set.zoomClientId,
    });
    return endpoints;
  },
};
