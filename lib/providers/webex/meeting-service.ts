import { webexMeetingFromEvent, webexScheduleFromEvent } from './event-to-meeting';
import { ApiError } from '../../http/errors';
import { WEBEX_MESSAGES } from './errors';
import { type MeetingLink, MeetingLinkSchema } from '../../protocol/meetings';
import type { MeetingDefaults } from '../../storage';
import { type WebexSyncedSchedule, WebexSyncedScheduleSchema } from './synced-schedule';
import type { WebexClient } from './client';
import type { UpdateWebexMeeting, WebexMeeting } from './schemas';
import type { EventMeetings } from '../../meetings/event-meetings';
import { createEventMeetings } from '../../meetings/event-meetings-service';
import type { LinkStore } from '../../meetings/link-store';
import { composeWebexInvitation } from './invitation';

export interface WebexMeetingServiceOptions {
  api: Pick<WebexClient, 'meetings'>;
  links: LinkStore;
  defaults(): Promise<MeetingDefaults>;
  /** The Webex auth session: every operation first checks the person is signed in to Webex. */
  session: { isSignedIn(): Promise<boolean>; signedOutReason(): Promise<string | null> };
  now?: () => number;
}

const isGone = (error: unknown) => error instanceof ApiError && error.status === 404;

export function webexLinkFrom(meeting: WebexMeeting): MeetingLink {
  const parsed = MeetingLinkSchema.safeParse({
    provider: 'webex',
    meetingId: meeting.id,
    joinUrl: meeting.webLink,
    topic: meeting.title,
    registration: meeting.registration !== undefined,
  });
  if (parsed.success) return parsed.data;
  throw new ApiError({ kind: 'unexpected-response', message: WEBEX_MESSAGES.unexpected });
}

/** The fields of `next` that differ from what Webex was last told; null when nothing did. */
export function webexScheduleChanges(
  synced: WebexSyncedSchedule,
  next: WebexSyncedSchedule,
): UpdateWebexMeeting | null {
  const patch: UpdateWebexMeeting = {};
  if (synced.title !== next.title) patch.title = next.title;
  // Start, end and zone travel together: an offset means something only with its zone.
  if (synced.start !== next.start || synced.end !== next.end || synced.timezone !== next.timezone) {
    patch.start = next.start;
    patch.end = next.end;
    patch.timezone = next.timezone;
  }
  // No rule any more: `null` ends the series (the spec's PATCH); an empty string is no rule at all.
  if ((synced.recurrence ?? '') !== (next.recurrence ?? '')) patch.recurrence = next.recurrence ?? null;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** Attach, find, keep in step and remove the Webex meeting of a calendar event. */
export function createWebexMeetingService(options: WebexMeetingServiceOptions): EventMeetings {
  const { api, links } = options;
  return createEventMeetings<WebexSyncedSchedule>(
    {
      provider: 'webex',
      prepare(event, defaults) {
        const body = webexMeetingFromEvent(event, defaults);
        return async () => {
          const meeting = await api.meetings.create(body);
          return { link: webexLinkFrom(meeting), invitation: async () => composeWebexInvitation(meeting) };
        };
      },
      snapshot: webexScheduleFromEvent,
      invitation: async (meetingId) => composeWebexInvitation(await api.meetings.get(meetingId)),
      syncedSchema: WebexSyncedScheduleSchema,
      async update(meetingId, synced, next) {
        const patch = webexScheduleChanges(synced, next);
        return patch ? composeWebexInvitation(await api.meetings.update(meetingId, patch)) : null;
      },
      topicOf: (synced) => synced.title,
      async delete(meetingId) {
        try {
          await api.meetings.delete(meetingId, { sendEmail: false });
        } catch (error) {
          if (!isGone(error)) throw error;
        }
      },
      isGone,
      // A Webex link carries no meeting id: a stored meeting is found by the link this extension wrote.
      async mentionedIn(location) {
        const entry = await links.byJoinLinkIn(location);
        return entry?.link.provider === 'webex' ? entry : null;
      },
      messages: {
        notSignedIn: 'You are not signed in to Webex.',
        nothingLinked:
          'This event has no Webex meeting linked to it here (it may have been removed already). ' +
          'Delete the meeting in Webex if it still exists.',
      },
    },
    options,
  );
}

export type WebexMeetingService = EventMeetings;
