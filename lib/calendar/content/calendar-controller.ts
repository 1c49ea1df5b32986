import { LEGACY_PROVIDER } from '../../brands/brands';
import type { MeetingLink, Provider } from '../../protocol/meetings';
import type { LoadActions } from './actions';
import { type CalendarAdapter, type EditorHandle, messageOf } from '../adapter';
import { type ButtonState, providerName, type Translate } from './button-view';
import type { Ask } from './messaging';
import { reportEmptyChains } from './diagnostics';
import { answerPageChecks } from './page-check';
import { completeEvent, eventOf, readEditor, toConfirm } from './read-editor';
import { type EditorSession, followEdits } from './follow-edits';
import { mountCalendarButtons } from './mount-buttons';
import type { PageEvent } from '../../protocol/calendar-event';

// What the calendar button does, shared by both content scripts: the background makes, finds,
// updates and deletes meetings ('meeting.*'); this side reads and writes the event through the
// adapter and shows where things stand. Nothing runs while no editor is open: the document
// listener for the editor's own Save and Delete exists only while an editor does; the one for the
// grid popover's Delete (peekDelete) only looks at trusted clicks. Which
// providers to offer is asked at start and again whenever an editor opens (an account connected
// meanwhile); the provider of every meeting comes with its link. What runs only once the person
// acts (the writes into the event, the confirm form, the panel, the page check) is loaded then,
// through `actions`.

export interface ControllerOptions {
  adapter: CalendarAdapter;
  document: Document;
  /** The content-script context's signal: aborting stops everything started here. */
  signal: AbortSignal;
  t: Translate;
  ask: Ask;
  /** The on-demand part (actions.ts): loadCalendarActions in the content scripts. */
  actions: LoadActions;
  /** Yes/no before deleting a meeting with its event; window.confirm unless a test passes its own. */
  confirm?(question: string): boolean;
}

/** The background's code for "no session with that provider": the button then offers to sign in. */
const SIGNED_OUT = 'signed-out';

const attached = (link: MeetingLink, timeZone?: string, notice?: string): ButtonState => ({
  kind: 'attached',
  provider: link.provider,
  meetingId: link.meetingId,
  joinUrl: link.joinUrl,
  registration: link.registration,
  ...(timeZone && { timeZone }),
  ...(notice && { notice }),
});

export function startCalendarController(options: ControllerOptions): void {
  const { adapter, document: doc, signal, t, ask, actions } = options;
  const sessions = new Map<HTMLElement, EditorSession>();
  const isOpen = (session: EditorSession) => sessions.get(session.editor.element) === session;
  const confirm = options.confirm ?? ((q: string) => doc.defaultView?.confirm(q) ?? false);
  const edits = followEdits({ adapter, ask, t, isOpen, confirm, actions });
  let listening: AbortController | null = null;

  const askProviders = async () => {
    const reply = await ask('meeting.providers', {});
    // Unanswered, the buttons offer a fresh install's default rather than wait for ever:
    // adding then still works, or says why it cannot.
    if (reply.ok) buttons.setProviders(reply.data);
    else buttons.setProviders({ defaultProvider: LEGACY_PROVIDER, connected: [] });
  };

  async function attach(editor: EditorHandle, event: PageEvent, provider: Provider): Promise<void> {
    // Loaded before the meeting is made: a failed load then leaves nothing to take back.
    const { writeMeetingIntoEvent } = await actions();
    const reply = await ask('meeting.attach', { event, provider });
    const session = sessions.get(editor.element);
    if (!reply.ok) {
      if (reply.error.code !== SIGNED_OUT) throw new Error(reply.error.message);
      // Kept for after the sign-in: it may hold what the person confirmed in the form.
      if (session) session.asked = event;
      buttons.setButtonState(editor, { kind: 'signed-out', provider });
      return;
    }
    const { link, invitation } = reply.data;
    try {
      if (!session) throw new Error(t('errorEditorClosed'));
      writeMeetingIntoEvent(adapter, editor, link.joinUrl, invitation);
    } catch (error) {
      // The event does not carry the meeting, so nobody could find it: take it back.
      await ask('meeting.remove', { event: { site: event.site, id: event.id, location: link.joinUrl } });
      throw error;
    }
    session.link = link;
    session.basis = event;
    buttons.setButtonState(editor, attached(link, event.timeZone));
  }

  async function signIn(editor: EditorHandle, provider: Provider): Promise<void> {
    buttons.setButtonState(editor, { kind: 'adding', provider });
    const reply = await ask('auth.signInFromPage', { provider });
    if (!reply.ok || !reply.data.connected) {
      buttons.setButtonState(editor, {
        kind: 'signed-out',
        provider,
        ...(!reply.ok && { reason: reply.error.message }),
      });
      return;
    }
    void askProviders();
    // Carry on with the add the person asked for, with the event as it is now (or as confirmed).
    try {
      const event = completeEvent(adapter, editor) ?? sessions.get(editor.element)?.asked;
      if (!event) throw new Error(t('errorEditorClosed'));
      await attach(editor, event, provider);
    } catch (error) {
      buttons.setButtonState(editor, { kind: 'error', provider, reason: messageOf(error) });
    }
  }

  async function remove(editor: EditorHandle): Promise<void> {
    // The button shows "attached" only while its session holds the link.
    const session = sessions.get(editor.element)!;
    const { planMeetingRemoval } = await actions();
    const strip = planMeetingRemoval(adapter, editor, session.link!.joinUrl);
    const reply = await ask('meeting.remove', {
      event: { site: adapter.site, id: session.basis?.id, location: session.link!.joinUrl },
    });
    if (!reply.ok) throw new Error(reply.error.message);
    session.link = null;
    strip();
  }

  /** A stored meeting whose join link is only in the location: linked once the person says so. */
  async function adopt(event: PageEvent, candidate: MeetingLink | undefined): Promise<MeetingLink | null> {
    if (!candidate) return null;
    const { topic, meetingId, provider } = candidate;
    if (!confirm(t('confirmLinkMeeting', [topic, meetingId, providerName(provider)]))) return null;
    const reply = await ask('meeting.linkFor', { event, adopt: true });
    return reply.ok ? reply.data.link : null;
  }

  async function lookUp(session: EditorSession, event: PageEvent): Promise<void> {
    const reply = await ask('meeting.linkFor', { event });
    // A failed look-up leaves the button idle: adding is still possible, nothing is claimed.
    if (!reply.ok || !isOpen(session)) return;
    const link = reply.data.link ?? (await adopt(event, reply.data.candidate));
    if (!link || !isOpen(session)) return;
    session.link = link;
    const notice = await edits.catchUp(session, link);
    // Unless the person started something meanwhile (an add, a sign-in).
    if (isOpen(session) && buttons.getButtonState(session.editor)?.kind === 'idle')
      buttons.setButtonState(session.editor, attached(link, session.basis?.timeZone, notice));
  }

  function opened(editor: EditorHandle): void {
    let basis: PageEvent | null = null;
    try {
      const reading = readEditor(adapter, editor);
      reportEmptyChains(editor, reading.probes);
      if (!toConfirm(reading).length) basis = eventOf(reading.draft);
    } catch {
      // Unreadable now (a field still rendering): it cannot be looked up; Add reads it again.
    }
    const session: EditorSession = { editor, basis, link: null, linked: Promise.resolve() };
    sessions.set(editor.element, session);
    // Only an event with an id or a location can be linked (the background finds it by either).
    if (basis && (basis.id || basis.location)) session.linked = lookUp(session, basis);
    void askProviders();
    listen();
  }

  /** The editors' own Save and Delete, heard before the page acts on them. */
  function listen(): void {
    if (listening) return;
    listening = new AbortController();
    const onClick = (e: Event) => {
      const target = e.target as Node | null;
      if (target?.nodeType !== 1) return;
      for (const session of sessions.values()) {
        const action = adapter.editorAction(session.editor, target as Element);
        if (action === 'save') edits.saved(session);
        else if (action === 'delete') edits.deleted(session);
      }
    };
    doc.addEventListener('click', onClick, { capture: true, signal: listening.signal });
  }
  /**
   * The grid's event popover (no editor open) deletes its event at once; when the event is linked,
   * the person is asked whether its meeting goes too. Only a trusted click counts: a page script
   * must not be able to start this.
   */
  async function peekDeleted(id: string): Promise<void> {
    const event = { site: adapter.site, id };
    const reply = await ask('meeting.linkedTo', { event });
    if (!reply.ok) return console.warn(reply.error);
    const link = reply.data.link;
    if (
      !link ||
      !confirm(t('confirmDeleteMeeting', [link.topic, link.meetingId, providerName(link.provider)]))
    )
      return;
    // The popover is gone with its event: a failure has nowhere to be shown but the log.
    const removed = await ask('meeting.remove', { event });
    if (!removed.ok) console.warn(removed.error);
  }
  if (adapter.peekDelete) {
    const onPeekClick = (e: Event) => {
      const target = e.target as Node | null;
      const id = e.isTrusted && target?.nodeType === 1 ? adapter.peekDelete?.(target as Element) : null;
      if (id) void peekDeleted(id);
    };
    doc.addEventListener('click', onPeekClick, { capture: true, signal });
  }

  const stopListening = () => {
    listening?.abort();
    listening = null;
  };
  signal.addEventListener('abort', stopListening, { once: true });

  const buttons = mountCalendarButtons({
    adapter,
    actions,
    document: doc,
    signal,
    t,
    onAdd: attach,
    onRemove: remove,
    onSignIn: (editor, provider) => void signIn(editor, provider),
    onOpenRegistrants: async (editor) => {
      const { draft } = readEditor(adapter, editor);
      await (await actions()).openRegistrantsPanel(doc, ask, draft, t('panelClose'));
    },
    onEditorChange({ type, editor }) {
      const session = sessions.get(editor.element);
      if (type === 'open' && !session) opened(editor);
      else if (type === 'change' && session) session.editor = editor;
      else if (type === 'close' && session) {
        sessions.delete(editor.element);
        if (sessions.size === 0) stopListening();
      }
    },
  });
  answerPageChecks(adapter, doc, signal, actions);
  void askProviders();
}
