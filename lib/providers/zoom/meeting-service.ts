import { meetingFromEvent, scheduleFromEvent } from './event-to-meeting';
import { ApiError } from '../../http/errors';
import { ZOOM_MESSAGES } from './http-dialect';
import { type MeetingLink, MeetingLinkSchema } from '../../protocol/meetings';
import type { MeetingDefaults } from '../../storage';
import { SyncedScheduleSchema, type SyncedSchedule } from './synced-schedule';
import type { ZoomClient } from './client';
import type { Meeting, UpdateMeetingRequest } from './schemas';
import { meetingIdFromText } from '../../meetings/join-url';
import type { EventMeetings } from '../../meetings/event-meetings';
import { createEventMeetings } from '../../meetings/event-meetings-service';
import type { LinkStore } from '../../meetings/link-store';

export interface MeetingServiceOptions {
  api: Pick<ZoomClient, 'meetings'>;
  links: LinkStore;
  defaults(): Promise<MeetingDefaults>;
  /** The auth session: every operation first checks the person is signed in. */
  session: { isSignedIn(): Promise<boolean>; signedOutReason(): Promise<string | null> };
  /** The API server in use, whose host serves join links when it is not zoom.us (the sandbox). */
  apiBase(): Promise<string | null>;
  now?: () => number;
}

/** Zoom's "this meeting does not exist" (docs/api/zoom-meetings-api-reference.txt: 3001, with HTTP 404). */
const isDeleted = (error: unknown) => error instanceof ApiError && error.providerCode === 3001;
const isGoneOrMissing = (error: unknown) =>
  isDeleted(error) || (error instanceof ApiError && error.status === 404);

/** The fields of `next` that differ from what Zoom was last told; null when nothing did. */
export function scheduleChanges(synced: SyncedSchedule, next: SyncedSchedule): UpdateMeetingRequest | null {
  const patch: UpdateMeetingRequest = {};
  if (synced.topic !== next.topic) patch.topic = next.topic;
  // A wall-clock start means something only with its zone: the two always travel together.
  if (synced.start_time !== next.start_time || synced.timezone !== next.timezone) {
    patch.start_time = next.start_time;
    patch.timezone = next.timezone;
  }
  if (synced.duration !== next.duration) patch.duration = next.duration;
  if (canonical(synced.recurrence) !== canonical(next.recurrence)) {
    patch.type = next.recurrence ? 8 : 2;
    if (next.recurrence) patch.recurrence = next.recurrence;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

function canonical(value: object | null): string {
  if (value === null) return 'null';
  return JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

function linkFrom(meeting: Meeting, defaults: MeetingDefaults): MeetingLink {
  const approval = meeting.settings?.approval_type;
  const parsed = MeetingLinkSchema.safeParse({
    provider: 'zoom',
    meetingId: String(meeting.id),
    joinUrl: meeting.join_url,
    topic: meeting.topic,
    registration: approval === undefined ? defaults.registration !== 'none' : approval !== 2,
  });
  if (parsed.success) return parsed.data;
  throw new ApiError({ kind: 'unexpected-response', message: ZOOM_MESSAGES.unexpected });
}

/** Attach, find, keep in step and remove the Zoom meeting of a calendar event. */
export function createMeetingService(options: MeetingServiceOptions): EventMeetings {
  const { api, links } = options;
  const invitation = async (meetingId: string) => (await api.meetings.invitation(meetingId)).invitation;
  return createEventMeetings<SyncedSchedule>(
    {
      provider: 'zoom',
      prepare(event, defaults) {
        const body = meetingFromEvent(event, defaults);
        return async () => {
          const link = linkFrom(await api.meetings.create(body), defaults);
          return { link, invitation: () => invitation(link.meetingId) };
        };
      },
      snapshot: scheduleFromEvent,
      invitation,
      syncedSchema: SyncedScheduleSchema,
      async update(meetingId, synced, next) {
        const patch = scheduleChanges(synced, next);
        if (!patch) return null;
        await api.meetings.update(meetingId, patch);
        // Topic and times are both in the invitation's text, so any change gives a new one.
        return invitation(meetingId);
      },
      topicOf: (synced) => synced.topic,
      async delete(meetingId) {
        try {
          await api.meetings.delete(meetingId);
        } catch (error) {
          if (!isGoneOrMissing(error)) throw error;
        }
      },
      isGone: isDeleted,
      // A Zoom link in the location names its meeting by id.
      async mentionedIn(location) {
        const meetingId = meetingIdFromText(location, await options.apiBase().catch(() => null));
        return meetingId ? links.byMeeting(meetingId) : null;
      },
      messages: {
        notSignedIn: ZOOM_MESSAGES.notSignedIn,
        nothingLinked:
          'This event has no Zoom meeting linked to it here (it may have been removed already). ' +
          'Delete the meeting in Zoom if it still exists.',
      },
    },
    options,
  );
}

export type MeetingService = EventMeetings;
