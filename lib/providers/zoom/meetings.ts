import type { ZoomContext } from './context';
import { parseRequestBody } from '../../http/request-body';
import {
  CreateMeetingRequestSchema,
  InvitationSchema,
  MeetingListSchema,
  MeetingSchema,
  NoContentSchema,
  UpdateMeetingRequestSchema,
  type ZoomId,
} from './schemas';

export type MeetingListType = 'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings';

export function createMeetingsApi({ http, paths }: ZoomContext) {
  return {
    async list(query: { type?: MeetingListType; pageSize?: number; nextPageToken?: string } = {}) {
      return http.request('GET', (await paths()).mine('meetings'), {
        schema: MeetingListSchema,
        searchParams: { type: query.type, page_size: query.pageSize, next_page_token: query.nextPageToken },
      });
    },

    async get(id: ZoomId, query: { occurrenceId?: string; showPreviousOccurrences?: boolean } = {}) {
      return http.request('GET', (await paths()).event('meetings', id), {
        schema: MeetingSchema,
        searchParams: {
          occurrence_id: query.occurrenceId,
          show_previous_occurrences: query.showPreviousOccurrences,
        },
      });
    },

    async create(body: unknown) {
      const json = parseRequestBody(CreateMeetingRequestSchema, body, 'meeting');
      return http.request('POST', (await paths()).mine('meetings'), { schema: MeetingSchema, json });
    },

    /** Zoom answers 204; read the meeting again if its new state is needed. */
    async update(id: ZoomId, body: unknown, query: { occurrenceId?: string } = {}) {
      const json = parseRequestBody(UpdateMeetingRequestSchema, body, 'meeting update');
      return http.request('PATCH', (await paths()).event('meetings', id), {
        schema: NoContentSchema,
        json,
        searchParams: { occurrence_id: query.occurrenceId },
      });
    },

    async delete(id: ZoomId, query: { occurrenceId?: string; cancelMeetingReminder?: boolean } = {}) {
      return http.request('DELETE', (await paths()).event('meetings', id), {
        schema: NoContentSchema,
        searchParams: {
          occurrence_id: query.occurrenceId,
          cancel_meeting_reminder: query.cancelMeetingReminder,
        },
      });
    },

    async invitation(id: ZoomId) {
      return http.request('GET', (await paths()).event('meetings', id, 'invitation'), {
        schema: InvitationSchema,
      });
    },
  };
}

export type MeetingsApi = ReturnType<typeof createMeetingsApi>;
