import type { MeetingLink } from '../../protocol/meetings';
import type { LoadActions } from './actions';
import { type CalendarAdapter, type EditorHandle, messageOf } from '../adapter';
import { providerName, type Translate } from './button-view';
import type { Ask } from './messaging';
import { completeEvent } from './read-editor';
import type { PageEvent } from '../../protocol/calendar-event';

// Keeping the meeting in step with the person's own Save and Delete in the calendar's editor.
//
// Save: the click is seen in the capture phase, before the page saves, and the event is read then.
// The update at the provider takes a network round trip, and the page saves and closes the editor at once,
// so a new invitation text (its times changed) cannot be in that save. It is written into the block
// when the event is next opened in this tab (the person saves it with their next save); a failed
// update is retried then. A reload in between loses only the fresher invitation text: the meeting
// itself was updated at the save, and the join link never changes.
//
// Delete: asked synchronously (window.confirm) before the page deletes, because afterwards the
// editor is gone and there is nowhere to ask in place.

export interface EditorSession {
  editor: EditorHandle;
  /** The event as its meeting knows it: read when the editor opened, or as sent with the attach. */
  basis: PageEvent | null;
  link: MeetingLink | null;
  /** Settles once 'meeting.linkFor' has answered, so an early Save still knows about the link. */
  linked: Promise<void>;
  /** The event an add was asked with while signed out, to carry on with after the sign-in. */
  asked?: PageEvent;
}

export interface FollowOptions {
  adapter: CalendarAdapter;
  ask: Ask;
  t: Translate;
  confirm(question: string): boolean;
  /** Whether the session's editor is still open (its writes would still be saved). */
  isOpen(session: EditorSession): boolean;
  /** Where refreshInvitation comes from: loaded only when an invitation is owed. */
  actions: LoadActions;
}

const FAILED = 0;

/** What the provider was given: a change to any of these is worth an update. */
const scheduleOf = (e: PageEvent) =>
  JSON.stringify([e.title, e.start, e.end, e.timeZone, e.allDay, e.recurrence?.rule ?? '']);

export function followEdits({ adapter, ask, t, confirm, isOpen, actions }: FollowOptions) {
  /**
   * What events owe their meetings, by meeting id: a new invitation text not yet in the event, or
   * FAILED when the update itself did not go through (retried on reopen). One map: a later save
   * supersedes either.
   */
  const owed = new Map<string, string | typeof FAILED>();

  /** Updates the meeting; the reason when that failed. */
  const sync = async (session: EditorSession, meetingId: string, event: PageEvent) => {
    const reply = await ask('meeting.sync', { event });
    if (!reply.ok) {
      owed.set(meetingId, FAILED);
      return reply.error.message;
    }
    session.basis = event;
    if (reply.data.invitation) owed.set(meetingId, reply.data.invitation);
    else owed.delete(meetingId);
  };

  /** Writes an owed invitation into the session's editor if it is still open; the reason on failure. */
  const deliver = async (session: EditorSession, meetingId: string) => {
    const owes = () => typeof owed.get(meetingId) === 'string' && isOpen(session);
    if (!owes()) return;
    try {
      const { refreshInvitation } = await actions();
      // Asked again after the load: a later save or a close may have come meanwhile.
      if (!owes()) return;
      refreshInvitation(adapter, session.editor, owed.get(meetingId) as string);
      owed.delete(meetingId);
    } catch (error) {
      return messageOf(error);
    }
  };

  return {
    saved(session: EditorSession): void {
      // Half-read fields must not reach the provider; the page's own save goes on regardless.
      const now = completeEvent(adapter, session.editor);
      if (!now) return;
      const before = session.basis;
      void session.linked.then(async () => {
        const link = session.link;
        if (!link || (before && scheduleOf(before) === scheduleOf(now))) return;
        if (!(await sync(session, link.meetingId, now))) await deliver(session, link.meetingId);
      });
    },

    deleted(session: EditorSession): void {
      const link = session.link;
      if (
        link &&
        confirm(t('confirmDeleteMeeting', [link.topic, link.meetingId, providerName(link.provider)]))
      )
        // The editor is closing with its event: a failure here has nowhere to be shown but the log.
        void ask('meeting.remove', {
          event: { site: adapter.site, id: session.basis?.id, location: link.joinUrl },
        }).then((r) => r.ok || console.warn(r.error));
    },

    /** On reopening a linked event: retry a failed update, write an owed invitation; a notice if either fails. */
    async catchUp(session: EditorSession, link: MeetingLink): Promise<string | undefined> {
      const id = link.meetingId;
      const failure =
        (owed.get(id) === FAILED && session.basis && (await sync(session, id, session.basis))) ||
        (await deliver(session, id));
      return failure ? t('buttonSyncFailed', failure) : undefined;
    },
  };
}
