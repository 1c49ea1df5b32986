import type { ZoomContext } from './context';
import { SummaryListSchema, SummarySchema, type ZoomId } from './schemas';

/** AI Companion meeting summaries. */
export function createSummariesApi({ http, paths }: ZoomContext) {
  return {
    /** `from`/`to`: `yyyy-MM-ddTHH:mm:ssZ` (UTC), bounds on when the summaries were created. */
    async list(query: { from?: string; to?: string; pageSize?: number; nextPageToken?: string } = {}) {
      return http.request('GET', (await paths()).summaries(), {
        schema: SummaryListSchema,
        searchParams: {
          from: query.from,
          to: query.to,
          page_size: query.pageSize,
          next_page_token: query.nextPageToken,
        },
      });
    },

    /** By meeting id (the latest instance) or by an instance's UUID. */
    async get(meetingIdOrUuid: ZoomId) {
      return http.request('GET', (await paths()).summary(meetingIdOrUuid), { schema: SummarySchema });
    },
  };
}

export type SummariesApi = ReturnType<typeof createSummariesApi>;
