import type { HttpClient } from '../../http/client';
import type { ZoomProfile } from '../../storage';
import type { ZoomContext } from './context';
import { createLivestreamApi } from './livestream';
import { createMeetingsApi } from './meetings';
import type { ZoomPaths } from './paths';
import { createRegistrantsApi } from './registrants';
import { UserSchema, type ZoomUser } from './schemas';
import { createSummariesApi } from './summaries';
import { createWebinarsApi } from './webinars';

export interface ZoomClientOptions {
  http: HttpClient;
  /** Fixed paths, or a function when the account (and so the level) is known only later. */
  paths: ZoomPaths | (() => ZoomPaths | Promise<ZoomPaths>);
}

/** The typed Zoom API the product uses. Made, not imported: no tokens or settings at module level. */
export function createZoomClient(options: ZoomClientOptions) {
  const { paths } = options;
  const context: ZoomContext = {
    http: options.http,
    paths: async () => (typeof paths === 'function' ? paths() : paths),
  };
  return {
    async currentUser(): Promise<ZoomUser> {
      return options.http.request('GET', (await context.paths()).me(), { schema: UserSchema });
    },
    meetings: createMeetingsApi(context),
    registrants: createRegistrantsApi(context, 'meetings'),
    livestream: createLivestreamApi(context, 'meetings'),
    webinars: createWebinarsApi(context),
    summaries: createSummariesApi(context),
  };
}

export type ZoomClient = ReturnType<typeof createZoomClient>;

const ACCOUNT_TYPES: Record<number, ZoomProfile['accountType']> = {
  1: 'basic',
  2: 'licensed',
  3: 'on-prem',
  99: 'none',
};

/** What the status and options page show about the signed-in person. */
export function profileFromUser(user: ZoomUser): ZoomProfile {
  const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return {
    userId: user.id,
    displayName: user.display_name || fullName || user.email,
    email: user.email,
    accountType: ACCOUNT_TYPES[user.type] ?? 'unknown',
    accountId: user.account_id ?? '',
  };
}
