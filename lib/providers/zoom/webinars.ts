import { type ZoomContext } from './context';
import { parseRequestBody } from '../../http/request-body';
import { createLivestreamApi } from './livestream';
import { createRegistrantsApi } from './registrants';
import { CreateWebinarRequestSchema, WebinarListSchema, WebinarSchema, type ZoomId } from './schemas';

export function createWebinarsApi(context: ZoomContext) {
  const { http, paths } = context;
  return {
    async list(query: { pageSize?: number; nextPageToken?: string } = {}) {
      return http.request('GET', (await paths()).mine('webinars'), {
        schema: WebinarListSchema,
        searchParams: { page_size: query.pageSize, next_page_token: query.nextPageToken },
      });
    },

    async get(id: ZoomId, query: { occurrenceId?: string } = {}) {
      return http.request('GET', (await paths()).event('webinars', id), {
        schema: WebinarSchema,
        searchParams: { occurrence_id: query.occurrenceId },
      });
    },

    async create(body: unknown) {
      const json = parseRequestBody(CreateWebinarRequestSchema, body, 'webinar');
      return http.request('POST', (await paths()).mine('webinars'), { schema: WebinarSchema, json });
    },

    registrants: createRegistrantsApi(context, 'webinars'),
    livestream: createLivestreamApi(context, 'webinars'),
  };
}

export type WebinarsApi = ReturnType<typeof createWebinarsApi>;
