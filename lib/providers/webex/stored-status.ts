import { PROFILE } from '../../popup/first-screen-cache';
import type { WebexProfile } from '../../storage';
import type { StoredStatusSource } from '../stored-status-source';

/** Webex's status from storage (`webex.status`): its sign-in items, its servers from the settings. */
export const webexStoredStatus: StoredStatusSource<WebexProfile> = {
  message: 'webex.status',
  reply: (status) => status,
  keys: { grant: 'webexGrant', profile: 'webexProfile', signedOut: 'webexSignedOut' },
  profile: PROFILE.webex,
  servers: (settings) => settings.webex,
};
