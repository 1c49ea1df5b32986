import type { HttpClient } from '../../http/client';
import type { WebexProfile } from '../../storage';
import { withWebexErrors } from './errors';
import { createWebexMeetingsApi } from './meetings';
import { webexPaths } from './paths';
import { createWebexRegistrantsApi } from './registrants';
import { PersonSchema, type WebexPerson } from './schemas';

export interface WebexClientOptions {
  /** Made with `createHttpClient({ ..., dialect: webexHttpDialect })` so 423 and 429 wait Retry-After. */
  http: HttpClient;
}

/** The typed Webex API the product uses. Made, not imported: no tokens or settings at module level. */
export function createWebexClient(options: WebexClientOptions) {
  const http = withWebexErrors(options.http);
  return {
    currentUser(): Promise<WebexPerson> {
      return http.request('GET', webexPaths.me(), { schema: PersonSchema });
    },
    meetings: createWebexMeetingsApi(http),
    registrants: createWebexRegistrantsApi(http),
  };
}

export type WebexClient = ReturnType<typeof createWebexClient>;

/** What the status and options page show about the signed-in person. */
export function profileFromPerson(person: WebexPerson): WebexProfile {
  const email = person.emails[0] ?? '';
  const fullName = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return {
    userId: person.id,
    displayName: person.displayName || fullName || email,
    email,
    orgId: person.orgId ?? '',
    ...(person.timezone ? { timezone: person.timezone } : {}),
  };
}
