import { type ZoomContext } from './context';
import { parseRequestBody } from '../../http/request-body';
import type { EventKind } from './paths';
import {
  LivestreamSchema,
  LivestreamStatusRequestSchema,
  NoContentSchema,
  UpdateLivestreamRequestSchema,
  type ZoomId,
} from './schemas';

/** Live-stream settings and start/stop of a meeting (or a webinar: same endpoints under `webinars/`). */
export function createLivestreamApi({ http, paths }: ZoomContext, kind: EventKind = 'meetings') {
  return {
    async get(id: ZoomId) {
      return http.request('GET', (await paths()).event(kind, id, 'livestream'), { schema: LivestreamSchema });
    },

    async update(id: ZoomId, body: unknown) {
      const json = parseRequestBody(UpdateLivestreamRequestSchema, body, 'live-stream settings');
      return http.request('PATCH', (await paths()).event(kind, id, 'livestream'), {
        schema: NoContentSchema,
        json,
      });
    },

    async updateStatus(id: ZoomId, body: unknown) {
      const json = parseRequestBody(LivestreamStatusRequestSchema, body, 'live-stream status');
      return http.request('PATCH', (await paths()).event(kind, id, 'livestream', 'status'), {
        schema: NoContentSchema,
        json,
      });
    },
  };
}

export type LivestreamApi = ReturnType<typeof createLivestreamApi>;
