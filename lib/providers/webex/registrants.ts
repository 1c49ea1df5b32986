import { ApiError } from '../../http/errors';
import { type HttpClient, scopeParams } from './context';
import { parseRequestBody } from '../../http/request-body';
import { nextPageQuery, type RegistrantAction, webexPaths } from './paths';
import {
  BulkInsertRequestSchema,
  NoContentSchema,
  QueryRequestSchema,
  RegistrantListSchema,
  RegistrantSchema,
  type SeriesScope,
  StatusChangeRequestSchema,
  type WebexRegistrant,
  type WebexRegistrantForm,
  type WebexRegistrantStatus,
} from './schemas';

/** Webex's largest page. */
export const WEBEX_PAGE_MAX = 100;
/** Bounds a runaway `Link` loop: 200 pages of 100 is far past any meeting's registrations. */
const MAX_PAGES = 200;

/**
 * Registrants of a meeting series: docs/api/webex-bulk-insert-registrants.txt and the spec's
 * registrant endpoints (test/specs/webex-meetings-api.json).
 */
export function createWebexRegistrantsApi(http: HttpClient) {
  /** Follows `Link: rel="next"` from the first request until the last page. */
  async function allPages(
    first: (
      query: Record<string, string>,
      onHeaders: (h: Headers) => void,
    ) => Promise<{ items: WebexRegistrant[] }>,
  ) {
    const everyone: WebexRegistrant[] = [];
    let query: Record<string, string> | null = {};
    const seen = new Set<string>();
    for (let page = 0; query && page < MAX_PAGES; page++) {
      let link: string | null = null;
      const result = await first(query, (headers) => (link = headers.get('link')));
      everyone.push(...result.items);
      query = nextPageQuery(link);
      const key = JSON.stringify(query);
      // A next page seen before would loop forever; stop rather than burn the rate limit.
      if (query && seen.has(key)) {
        throw new ApiError({ kind: 'unexpected-response', message: 'Webex answered in an unexpected way.' });
      }
      seen.add(key);
    }
    return everyone;
  }

  const change =
    (action: RegistrantAction) =>
    async (id: string, registrantIds: string[], options: SeriesScope & { sendEmail?: boolean } = {}) => {
      const json = parseRequestBody(
        StatusChangeRequestSchema,
        {
          ...(options.sendEmail === undefined ? {} : { sendEmail: options.sendEmail }),
          registrants: registrantIds.map((registrantId) => ({ id: registrantId })),
        },
        `${action} request`,
      );
      return http.request('POST', webexPaths.action(id, action), {
        schema: NoContentSchema,
        json,
        searchParams: scopeParams(options),
      });
    };

  return {
    /** Everyone registered, every status, across all pages. */
    listAll(id: string, scope: SeriesScope = {}) {
      return allPages((query, onHeaders) =>
        http.request('GET', webexPaths.registrants(id), {
          schema: RegistrantListSchema,
          searchParams: { max: WEBEX_PAGE_MAX, ...scopeParams(scope), ...query },
          onHeaders,
        }),
      );
    },
    get(id: string, registrantId: string, scope: SeriesScope = {}) {
      return http.request('GET', webexPaths.registrant(id, registrantId), {
        schema: RegistrantSchema,
        searchParams: scopeParams(scope),
      });
    },
    /** The registrants among `emails` (every page), optionally of one status. */
    async query(
      id: string,
      emails: string[],
      options: SeriesScope & { status?: WebexRegistrantStatus } = {},
    ) {
      const json = parseRequestBody(
        QueryRequestSchema,
        { emails, ...(options.status ? { status: options.status } : {}) },
        'registrant query',
      );
      return allPages((query, onHeaders) =>
        http.request('POST', webexPaths.query(id), {
          schema: RegistrantListSchema,
          json,
          searchParams: { max: WEBEX_PAGE_MAX, ...scopeParams(options), ...query },
          onHeaders,
        }),
      );
    },
    /** One call for all `items`; Webex answers each new registrant with its id and status. */
    async bulkInsert(id: string, items: WebexRegistrantForm[], scope: SeriesScope = {}) {
      const json = parseRequestBody(BulkInsertRequestSchema, { items }, 'registrant list');
      const result = await http.request('POST', webexPaths.bulkInsert(id), {
        schema: RegistrantListSchema,
        json,
        searchParams: scopeParams(scope),
      });
      return result.items;
    },
    approve: change('approve'),
    reject: change('reject'),
    /** The registrations are withdrawn: the people no longer appear and may register again. */
    cancel: change('cancel'),
  };
}
