import { ApiError } from '../../http/errors';
import { type HttpClient } from './context';
import { parseRequestBody } from '../../http/request-body';
import { webexPaths } from './paths';
import {
  CreateMeetingRequestSchema,
  type CreateWebexMeeting,
  MeetingListSchema,
  MeetingSchema,
  NoContentSchema,
  UpdateMeetingRequestSchema,
  type UpdateWebexMeeting,
  type WebexMeeting,
} from './schemas';

export interface MeetingListQuery {
  /** ISO 8601; Webex's defaults apply when absent. */
  from?: string;
  to?: string;
  /** Page size, at most 100. */
  max?: number;
}

/**
 * Meeting series: create, get, list (first page), find by join link, update (PATCH: only what is
 * sent), delete.
 */
export function createWebexMeetingsApi(http: HttpClient) {
  return {
    // async: a refused body rejects the promise rather than throwing at the call.
    async create(body: CreateWebexMeeting) {
      const json = parseRequestBody(CreateMeetingRequestSchema, body, 'meeting');
      return http.request('POST', webexPaths.meetings(), { schema: MeetingSchema, json });
    },
    get(id: string, hostEmail?: string) {
      return http.request('GET', webexPaths.meeting(id), {
        schema: MeetingSchema,
        searchParams: { hostEmail },
      });
    },
    async list(query: MeetingListQuery = {}) {
      const result = await http.request('GET', webexPaths.meetings(), {
        schema: MeetingListSchema,
        searchParams: { meetingType: 'meetingSeries', from: query.from, to: query.to, max: query.max },
      });
      return result.items;
    },
    /**
     * The meeting whose `webLink` this is, or null. A join link does not carry the meeting id, so
     * Webex is asked (List Meetings with `webLink`, which ignores `from`, `to` and `meetingType`).
     * No match may come back as an empty list or as 404: both mean "no meeting of yours".
     */
    async byWebLink(webLink: string): Promise<WebexMeeting | null> {
      try {
        const result = await http.request('GET', webexPaths.meetings(), {
          schema: MeetingListSchema,
          searchParams: { webLink },
        });
        return result.items[0] ?? null;
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return null;
        throw error;
      }
    },
    async update(id: string, body: UpdateWebexMeeting) {
      const json = parseRequestBody(UpdateMeetingRequestSchema, body, 'meeting update');
      return http.request('PATCH', webexPaths.meeting(id), { schema: MeetingSchema, json });
    },
    /** `sendEmail: false` keeps Webex from mailing invitees about the cancellation. */
    delete(id: string, options: { sendEmail?: boolean; hostEmail?: string } = {}) {
      return http.request('DELETE', webexPaths.meeting(id), {
        schema: NoContentSchema,
        searchParams: { sendEmail: options.sendEmail, hostEmail: options.hostEmail },
      });
    },
  };
}
