import { meetingFromEvent, scheduleFromEvent } from './event-to-meeting';
import type { CalendarEvent } from '../../calendar/types';
import { ApiError } from '../../http/errors';
import { ZOOM_MESSAGES } from './http-dialect';
import { type MeetingLink, MeetingLinkSchema } from '../../protocol/meetings';
import type { EventLinkEntry, MeetingDefaults } from '../../storage';
import { SyncedScheduleSchema, type SyncedSchedule } from './synced-schedule';
import type { ZoomClient } from './client';
import type { Meeting, UpdateMeetingRequest } from './schemas';
import { meetingIdFromText } from '../../meetings/join-url';
import { type CalendarEventRef, eventKey, type LinkStore } from '../../meetings/link-store';
import { adoptCandidate, type Located, locateEvent } from '../../meetings/locate-event';

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

const NO_LINK = { link: null, updated: false, invitation: null } as const;

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
export function createMeetingService(options: MeetingServiceOptions) {
  const { api, links } = options;
  const now = options.now ?? Date.now;

  async function requireSignIn(): Promise<void> {
    if (await options.session.isSignedIn()) return;
    const reason = await options.session.signedOutReason();
    throw new ApiError({ kind: 'signed-out', message: reason ?? ZOOM_MESSAGES.notSignedIn });
  }

  /** The event's meeting, and a stored one its location only mentions (a Zoom link's meeting id). */
  function locate(event: CalendarEventRef, tabId: number | undefined): Promise<Located> {
    return locateEvent(links, event, tabId, async (location) => {
      const meetingId = meetingIdFromText(location, await options.apiBase().catch(() => null));
      return meetingId ? links.byMeeting(meetingId) : null;
    });
  }
  const find = async (event: CalendarEventRef, tabId: number | undefined): Promise<EventLinkEntry | null> =>
    (await locate(event, tabId)).entry;

  async function invitationOf(meetingId: string): Promise<string> {
    return (await api.meetings.invitation(meetingId)).invitation;
  }

  return {
    /** `tabId`: the tab asking; a new event's meeting is bound to it until the event has an id. */
    async attach(event: CalendarEvent, tabId?: number): Promise<{ link: MeetingLink; invitation: string }> {
      await requireSignIn();
      const defaults = await options.defaults();
      // Everything Zoom would refuse is refused here first, before a meeting exists.
      const body = meetingFromEvent(event, defaults);
      const synced = scheduleFromEvent(event);
      const existing = await find(event, tabId);
      if (existing) {
        // Attached already (a second click, a lost reply): the same meeting, never a duplicate.
        try {
          return { link: existing.link, invitation: await invitationOf(existing.link.meetingId) };
        } catch (error) {
          if (!isDeleted(error)) throw error;
          await links.forget(existing.link.meetingId);
        }
      }
      const link = linkFrom(await api.meetings.create(body), defaults);
      // Saved before the invitation is read: a failure there must not lose the meeting.
      const key = eventKey(event);
      await links.save({ link, synced, linkedAt: now() }, key);
      if (!key && tabId !== undefined) await links.bindToTab(tabId, link.meetingId);
      return { link, invitation: await invitationOf(link.meetingId) };
    },

    /** `adopt`: the person confirmed the candidate, which is linked to the event now. */
    async linkFor(
      event: CalendarEventRef,
      tabId?: number,
      adopt = false,
    ): Promise<{ link: MeetingLink | null; candidate?: MeetingLink }> {
      await requireSignIn();
      const { entry, candidate } = await locate(event, tabId);
      if (entry || !candidate) return { link: entry?.link ?? null };
      if (!adopt) return { link: null, candidate: candidate.link };
      await adoptCandidate(links, event, tabId, candidate.link.meetingId);
      return { link: candidate.link };
    },

    async sync(
      event: CalendarEvent,
      tabId?: number,
    ): Promise<{ link: MeetingLink | null; updated: boolean; invitation: string | null }> {
      await requireSignIn();
      const entry = await find(event, tabId);
      if (!entry) return NO_LINK;
      // Another provider's meeting is kept in step by its own service, never here.
      const synced = entry.link.provider === 'zoom' ? SyncedScheduleSchema.safeParse(entry.synced) : null;
      if (!synced?.success) return { link: entry.link, updated: false, invitation: null };
      const next = scheduleFromEvent(event);
      const patch = scheduleChanges(synced.data, next);
      if (!patch) return { link: entry.link, updated: false, invitation: null };
      const { meetingId } = entry.link;
      let invitation: string;
      try {
        await api.meetings.update(meetingId, patch);
        // Topic and times are both in the invitation's text, so any change gives a new one.
        invitation = await invitationOf(meetingId);
      } catch (error) {
        if (!isDeleted(error)) throw error;
        await links.forget(meetingId);
        return NO_LINK;
      }
      // The snapshot moves only now: after a failure above, the next sync sends the change again.
      const link = { ...entry.link, topic: next.topic };
      await links.save({ ...entry, link, synced: next }, eventKey(event));
      return { link, updated: true, invitation };
    },

    /** Deletes the meeting linked to this event; a meeting its location only mentions is left alone. */
    async remove(event: CalendarEventRef, tabId?: number): Promise<{ removed: true }> {
      await requireSignIn();
      const entry = await find(event, tabId);
      if (entry?.link.provider !== 'zoom') {
        throw new ApiError({
          kind: 'not-found',
          message:
            'This event has no Zoom meeting linked to it here (it may have been removed already). ' +
            'Delete the meeting in Zoom if it still exists.',
        });
      }
      const { meetingId } = entry.link;
      try {
        await api.meetings.delete(meetingId);
      } catch (error) {
        if (!isGoneOrMissing(error)) throw error;
      }
      await links.forget(meetingId);
      return { removed: true };
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
