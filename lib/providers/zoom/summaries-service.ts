import type { ZoomClient } from './client';
import { inArea } from '../../popup/view-errors';

/** Zoom wants `yyyy-MM-ddTHH:mm:ssZ`: no milliseconds. */
const zoomInstant = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Ten a page: the popup shows a short list and a "More" button, not a wall. */
export const SUMMARY_PAGE_SIZE = 10;

export function createSummariesService(api: ZoomClient) {
  return {
    list: (query: { from: string; to: string; nextPageToken?: string | undefined }) =>
      inArea('summaries', () =>
        api.summaries.list({
          from: zoomInstant(query.from),
          to: zoomInstant(query.to),
          pageSize: SUMMARY_PAGE_SIZE,
          ...(query.nextPageToken ? { nextPageToken: query.nextPageToken } : {}),
        }),
      ),
    get: (uuid: string) => inArea('summaries', () => api.summaries.get(uuid)),
  };
}
