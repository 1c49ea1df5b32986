import type { z } from 'zod';
import type { ProviderKey } from '../brands/brands';
import type { CalendarEvent } from '../protocol/calendar-event';
import { ApiError } from '../http/errors';
import type { MeetingLink } from '../protocol/meetings';
import type { MeetingDefaults } from '../storage';
import type { EventMeetings } from './event-meetings';
import type { EventLinkEntry } from './link-items';
import { type CalendarEventRef, eventKey, type LinkStore } from './link-store';
import { adoptCandidate, type Located, locateEvent } from './locate-event';

/** What is stored of what the provider was last told: any JSON object, read back by the provider. */
type Snapshot = EventLinkEntry['synced'];

/**
 * One provider's part of the calendar button's meetings: how an event becomes its meeting and how
 * the meeting is read, changed and deleted. The flow around it (sign-in first, never a second
 * meeting for one event, the link saved before anything can fail, a meeting gone at the provider
 * forgotten) is the same for every provider and lives in `createEventMeetings`.
 */
export interface MeetingOps<S extends Snapshot> {
  readonly provider: ProviderKey;
  /**
   * How to create the event's meeting. Throws, before anything exists, whatever the provider
   * would refuse.
   */
  prepare(
    event: CalendarEvent,
    defaults: MeetingDefaults,
  ): () => Promise<{ link: MeetingLink; invitation(): Promise<string> }>;
  /** What the provider is told of the event (title, times, zone, repeat): kept to sync changes. */
  snapshot(event: CalendarEvent): S;
  /** A linked meeting's invitation, read from the provider (it may hold a password: never stored). */
  invitation(meetingId: string): Promise<string>;
  /** The shape of this provider's snapshot, to read a stored one back. */
  readonly syncedSchema: z.ZodType<S>;
  /** Sends what changed from `synced` to `next`; answers the new invitation, or null when nothing did. */
  update(meetingId: string, synced: S, next: S): Promise<string | null>;
  /** The topic a snapshot gives the meeting. */
  topicOf(synced: S): string;
  /** Deletes the meeting; one already gone at the provider is no error. */
  delete(meetingId: string): Promise<void>;
  /** Whether an error says the meeting no longer exists at the provider. */
  isGone(error: unknown): boolean;
  /** A stored meeting of this provider that a location only mentions (a join link in it). */
  mentionedIn(location: string): Promise<EventLinkEntry | null>;
  messages: {
    /** When the session has no sentence of its own for being signed out. */
    notSignedIn: string;
    /** A remove for an event with no meeting of this provider linked. */
    nothingLinked: string;
  };
}

export interface EventMeetingsOptions {
  links: LinkStore;
  defaults(): Promise<MeetingDefaults>;
  /** The provider's session: every operation first checks the person is signed in. */
  session: { isSignedIn(): Promise<boolean>; signedOutReason(): Promise<string | null> };
  now?: () => number;
}

const NO_LINK = { link: null, updated: false, invitation: null } as const;

/** Attach, find, keep in step and remove one provider's meeting of a calendar event. */
export function createEventMeetings<S extends Snapshot>(
  ops: MeetingOps<S>,
  options: EventMeetingsOptions,
): EventMeetings {
  const { links } = options;
  const now = options.now ?? Date.now;

  async function requireSignIn(): Promise<void> {
    if (await options.session.isSignedIn()) return;
    const reason = await options.session.signedOutReason();
    throw new ApiError({ kind: 'signed-out', message: reason ?? ops.messages.notSignedIn });
  }
  const locate = (event: CalendarEventRef, tabId: number | undefined): Promise<Located> =>
    locateEvent(links, event, tabId, (location) => ops.mentionedIn(location));
  const find = async (event: CalendarEventRef, tabId: number | undefined) =>
    (await locate(event, tabId)).entry;

  return {
    async attach(event, tabId) {
      await requireSignIn();
      // Everything the provider would refuse is refused here first, before a meeting exists.
      const create = ops.prepare(event, await options.defaults());
      const synced = ops.snapshot(event);
      const existing = await find(event, tabId);
      if (existing?.link.provider === ops.provider) {
        // Attached already (a second click, a lost reply): the same meeting, never a duplicate.
        try {
          return { link: existing.link, invitation: await ops.invitation(existing.link.meetingId) };
        } catch (error) {
          if (!ops.isGone(error)) throw error;
          await links.forget(existing.link.meetingId);
        }
      }
      const created = await create();
      // Saved before the invitation is read: a failure there must not lose the meeting.
      const key = eventKey(event);
      await links.save({ link: created.link, synced, linkedAt: now() }, key);
      if (!key && tabId !== undefined) await links.bindToTab(tabId, created.link.meetingId);
      return { link: created.link, invitation: await created.invitation() };
    },

    async linkFor(event, tabId, adopt = false) {
      await requireSignIn();
      const { entry, candidate } = await locate(event, tabId);
      if (entry || !candidate) return { link: entry?.link ?? null };
      if (!adopt) return { link: null, candidate: candidate.link };
      await adoptCandidate(links, event, tabId, candidate.link.meetingId);
      return { link: candidate.link };
    },

    async sync(event, tabId) {
      await requireSignIn();
      const entry = await find(event, tabId);
      if (!entry) return NO_LINK;
      // Another provider's meeting is kept in step by its own service, never here.
      const read = entry.link.provider === ops.provider ? ops.syncedSchema.safeParse(entry.synced) : null;
      const synced = read?.success ? read.data : null;
      if (!synced) return { link: entry.link, updated: false, invitation: null };
      const next = ops.snapshot(event);
      const { meetingId } = entry.link;
      let invitation: string | null;
      try {
        invitation = await ops.update(meetingId, synced, next);
      } catch (error) {
        if (!ops.isGone(error)) throw error;
        await links.forget(meetingId);
        return NO_LINK;
      }
      if (invitation === null) return { link: entry.link, updated: false, invitation: null };
      // The snapshot moves only now: after a failure above, the next sync sends the change again.
      const link = { ...entry.link, topic: ops.topicOf(next) };
      await links.save({ ...entry, link, synced: next }, eventKey(event));
      return { link, updated: true, invitation };
    },

    /** Deletes the meeting linked to this event; a meeting its location only mentions is left alone. */
    async remove(event, tabId) {
      await requireSignIn();
      const entry = await find(event, tabId);
      if (entry?.link.provider !== ops.provider) {
        throw new ApiError({ kind: 'not-found', message: ops.messages.nothingLinked });
      }
      await ops.delete(entry.link.meetingId);
      await links.forget(entry.link.meetingId);
      return { removed: true };
    },
  };
}
