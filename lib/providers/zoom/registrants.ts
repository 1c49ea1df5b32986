import { ApiError } from '../../http/errors';
import { type ZoomContext } from './context';
import { parseRequestBody } from '../../http/request-body';
import type { EventKind } from './paths';
import {
  AddRegistrantRequestSchema,
  AddRegistrantResponseSchema,
  BATCH_LIMIT,
  BatchRegistrantsRequestSchema,
  BatchRegistrantsResponseSchema,
  NoContentSchema,
  type Registrant,
  RegistrantListSchema,
  RegistrantSchema,
  type RegistrantStatus,
  RegistrantStatusUpdateSchema,
  type ZoomId,
} from './schemas';

export interface ListQuery {
  status?: RegistrantStatus;
  occurrenceId?: string;
  pageSize?: number;
  nextPageToken?: string;
}

const ALL_STATUSES: RegistrantStatus[] = ['approved', 'pending', 'denied'];
/** Zoom's largest page; with 4,999 registrants at most, this bounds a runaway token loop. */
const MAX_PAGE_SIZE = 300;
const MAX_PAGES = 40;

/** Registrants of a meeting or a webinar: Zoom gives both the same endpoints and shapes. */
export function createRegistrantsApi({ http, paths }: ZoomContext, kind: EventKind) {
  async function list(id: ZoomId, query: ListQuery = {}) {
    return http.request('GET', (await paths()).event(kind, id, 'registrants'), {
      schema: RegistrantListSchema,
      searchParams: {
        status: query.status,
        occurrence_id: query.occurrenceId,
        page_size: query.pageSize,
        next_page_token: query.nextPageToken,
      },
    });
  }

  return {
    list,

    /** Every registrant in the given statuses (all by default), across pages, status filled in. */
    async listAll(id: ZoomId, query: { statuses?: RegistrantStatus[]; occurrenceId?: string } = {}) {
      const everyone: Registrant[] = [];
      for (const status of query.statuses ?? ALL_STATUSES) {
        let nextPageToken: string | undefined;
        const seen = new Set<string>();
        for (let page = 0; page < MAX_PAGES; page++) {
          const base = { status, pageSize: MAX_PAGE_SIZE, occurrenceId: query.occurrenceId };
          const result = await list(id, nextPageToken ? { ...base, nextPageToken } : base);
          everyone.push(...result.registrants.map((r) => ({ ...r, status: r.status ?? status })));
          nextPageToken = result.next_page_token;
          // A token seen before would loop forever; stop rather than burn the rate limit.
          if (!nextPageToken || seen.has(nextPageToken)) break;
          seen.add(nextPageToken);
        }
      }
      return everyone;
    },

    /** One registrant; for a recurring meeting, `occurrenceIds` chooses the occurrences. */
    async add(id: ZoomId, body: unknown, query: { occurrenceIds?: string[] } = {}) {
      const json = parseRequestBody(AddRegistrantRequestSchema, body, 'registrant');
      const occurrences = query.occurrenceIds?.length ? query.occurrenceIds.join(',') : undefined;
      return http.request('POST', (await paths()).event(kind, id, 'registrants'), {
        schema: AddRegistrantResponseSchema,
        json,
        searchParams: { occurrence_ids: occurrences },
      });
    },

    /** Up to 30 people in one call (scheduled meetings, type 2, and webinars, type 5, only). */
    async batch(id: ZoomId, body: { registrants: readonly unknown[] } & Record<string, unknown>) {
      if (body.registrants.length > BATCH_LIMIT) {
        throw new ApiError({
          kind: 'invalid-request',
          message: `Zoom registers at most ${BATCH_LIMIT} people per batch; this one has ${body.registrants.length}.`,
        });
      }
      const json = parseRequestBody(BatchRegistrantsRequestSchema, body, 'batch of registrants');
      return http.request('POST', (await paths()).event(kind, id, 'batch_registrants'), {
        schema: BatchRegistrantsResponseSchema,
        json,
      });
    },

    async updateStatus(id: ZoomId, body: unknown, query: { occurrenceId?: string } = {}) {
      const json = parseRequestBody(RegistrantStatusUpdateSchema, body, 'status change');
      return http.request('PUT', (await paths()).event(kind, id, 'registrants', 'status'), {
        schema: NoContentSchema,
        json,
        searchParams: { occurrence_id: query.occurrenceId },
      });
    },

    async get(id: ZoomId, registrantId: string, query: { occurrenceId?: string } = {}) {
      return http.request('GET', (await paths()).registrant(kind, id, registrantId), {
        schema: RegistrantSchema,
        searchParams: { occurrence_id: query.occurrenceId },
      });
    },

    async delete(id: ZoomId, registrantId: string, query: { occurrenceId?: string } = {}) {
      return http.request('DELETE', (await paths()).registrant(kind, id, registrantId), {
        schema: NoContentSchema,
        searchParams: { occurrence_id: query.occurrenceId },
      });
    },
  };
}

export type RegistrantsApi = ReturnType<typeof createRegistrantsApi>;
