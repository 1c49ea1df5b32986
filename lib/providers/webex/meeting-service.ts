import { webexMeetingFromEvent, webexScheduleFromEvent } from './event-to-meeting';
import type { CalendarEvent } from '../../calendar/types';
import { ApiError } from '../../http/errors';
import { WEBEX_MESSAGES } from './errors';
import { type MeetingLink, MeetingLinkSchema } from '../../protocol/meetings';
import type { EventLinkEntry, MeetingDefaults } from '../../storage';
import { type WebexSyncedSchedule, WebexSyncedScheduleSchema } from './synced-schedule';
import type { WebexClient } from './client';
import type { UpdateWebexMeeting, WebexMeeting } from './schemas';
import { type CalendarEventRef, eventKey, type LinkStore } from '../../meetings/link-store';
import { adoptCandidate, type Located, locateEvent } from '../../meetings/locate-event';
import { composeWebexInvitation } from './invitation';

export interface WebexMeetingServiceOptions {
  api: Pick<WebexClient, 'meetings'>;
  links: LinkStore;
  defaults(): Promise<MeetingDefaults>;
  /** The Webex auth session: every operation first checks the person is signed in to Webex. */
  session: { isSignedIn(): Promise<boolean>; signedOutReason(): Promise<string | null> };
  now?: () => number;
}

const NO_LINK = { link: null, updated: false, invitation: null } as const;
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

/** The snapshot of a Webex link, read with Webex's schema; null for another provider's. */
function webexSynced(entry: EventLinkEntry): WebexSyncedSchedule | null {
  if (entry.link.provider !== 'webex') return null;
  const parsed = WebexSyncedScheduleSchema.safeParse(entry.synced);
  return parsed.success ? parsed.data : null;
}

/** Attach, find, keep in step and remove the Webex meeting of a calendar event. */
export function createWebexMeetingService(options: WebexMeetingServiceOptions) {
  const { api, links } = options;
  const now = options.now ?? Date.now;

  async function requireSignIn(): Promise<void> {
    if (await options.session.isSignedIn()) return;
    const reason = await options.session.signedOutReason();
    throw new ApiError({ kind: 'signed-out', message: reason ?? 'You are not signed in to Webex.' });
  }

  /** The event's meeting, and a stored one its location only mentions (a Webex link this extension wrote). */
  function locate(event: CalendarEventRef, tabId: number | undefined): Promise<Located> {
    return locateEvent(links, event, tabId, async (location) => {
      const entry = await links.byJoinLinkIn(location);
      return entry?.link.provider === 'webex' ? entry : null;
    });
  }
  const find = async (event: CalendarEventRef, tabId: number | undefined): Promise<EventLinkEntry | null> =>
    (await locate(event, tabId)).entry;

  return {
    /** `tabId`: the tab asking; a new event's meeting is bound to it until the event has an id. */
    async attach(event: CalendarEvent, tabId?: number): Promise<{ link: MeetingLink; invitation: string }> {
      await requireSignIn();
      // Everything Webex would refuse is refused here first, before a meeting exists.
      const body = webexMeetingFromEvent(event, await options.defaults());
      const synced = webexScheduleFromEvent(event);
      const existing = await find(event, tabId);
      if (existing?.link.provider === 'webex') {
        // Attached already (a second click, a lost reply): the same meeting, never a duplicate.
        try {
          const meeting = await api.meetings.get(existing.link.meetingId);
          return { link: existing.link, invitation: composeWebexInvitation(meeting) };
        } catch (error) {
          if (!isGone(error)) throw error;
          await links.forget(existing.link.meetingId);
        }
      }
      const meeting = await api.meetings.create(body);
      const link = webexLinkFrom(meeting);
      const key = eventKey(event);
      await links.save({ link, synced, linkedAt: now() }, key);
      if (!key && tabId !== undefined) await links.bindToTab(tabId, link.meetingId);
      return { link, invitation: composeWebexInvitation(meeting) };
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
      const synced = webexSynced(entry);
      if (!synced) return { link: entry.link, updated: false, invitation: null };
      const next = webexScheduleFromEvent(event);
      const patch = webexScheduleChanges(synced, next);
      if (!patch) return { link: entry.link, updated: false, invitation: null };
      const { meetingId } = entry.link;
      let meeting: WebexMeeting;
      try {
        meeting = await api.meetings.update(meetingId, patch);
      } catch (error) {
        if (!isGone(error)) throw error;
        await links.forget(meetingId);
        return NO_LINK;
      }
      // The snapshot moves only now: after a failure above, the next sync sends the change again.
      const link = { ...entry.link, topic: next.title };
      await links.save({ ...entry, link, synced: next }, eventKey(event));
      return { link, updated: true, invitation: composeWebexInvitation(meeting) };
    },

    /** Deletes the meeting linked to this event; a meeting its location only mentions is left alone. */
    async remove(event: CalendarEventRef, tabId?: number): Promise<{ removed: true }> {
      await requireSignIn();
      const entry = await find(event, tabId);
      if (entry?.link.provider !== 'webex') {
        throw new ApiError({
          kind: 'not-found',
          message:
            'This event has no Webex meeting linked to it here (it may have been removed already). ' +
            'Delete the meeting in Webex if it still exists.',
        });
      }
      const { meetingId } = entry.link;
      try {
        await api.meetings.delete(meetingId, { sendEmail: false });
      } catch (error) {
        if (!isGone(error)) throw error;
      }
      await links.forget(meetingId);
      return { removed: true };
    },
  };
}

export type WebexMeetingService = ReturnType<typeof createWebexMeetingService>;
