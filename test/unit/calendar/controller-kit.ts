import { vi } from 'vitest';
import type { CalendarAdapter } from '../../../lib/calendar/adapter';
import { startCalendarController } from '../../../lib/calendar/calendar-controller';
import type {
  ContentMessage,
  ContentReply,
  ContentRequest,
  ContentResponse,
} from '../../../lib/calendar/content-messaging';

// A fake background for the controller: each message answers from a table the test fills, and
// every request is recorded. Replies are what the real router sends: { ok, data } or { ok, error }.

export const LINK = {
  provider: 'zoom' as const,
  meetingId: '81234567890',
  joinUrl: 'https://zoom.example/j/81234567890?pwd=abc',
  topic: 'Planning',
  registration: false,
};
export const INVITATION =
  'Sandy Host is inviting you to a scheduled Zoom meeting.\n\nJoin: https://zoom.example/j/81234567890?pwd=abc';

type Answer<N extends ContentMessage> =
  | ContentReply<ContentResponse<N>>
  | ((
      payload: ContentRequest<N>,
    ) => ContentReply<ContentResponse<N>> | Promise<ContentReply<ContentResponse<N>>>);
export type Answers = { [N in ContentMessage]?: Answer<N> };

export const ok = <T>(data: T) => ({ ok: true as const, data });
export const fail = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

export function fakeBackground(answers: Answers) {
  const sent: { type: ContentMessage; payload: unknown }[] = [];
  const ask = vi.fn(async (type: ContentMessage, payload: unknown) => {
    sent.push({ type, payload });
    const answer = answers[type] as Answer<ContentMessage> | undefined;
    if (!answer) return fail('unknown-type', `No handler for "${type}".`);
    return typeof answer === 'function' ? answer(payload as never) : answer;
  });
  const typesSent = () => sent.map((s) => s.type);
  return { answers, sent, ask, typesSent };
}

const MESSAGES: Record<string, string> = {
  buttonAddZoomMeeting: 'Add Zoom meeting',
  buttonAddingZoomMeeting: 'Adding Zoom meeting…',
  buttonMeetingAttached: 'Zoom meeting $1',
  buttonErrorReason: 'Zoom meeting not added: $1',
  buttonRemoveFailed: 'Zoom meeting not removed: $1',
  buttonSyncFailed: 'Zoom meeting not updated: $1',
  buttonSignInToZoom: 'Sign in to Zoom to add a meeting',
  buttonRemoveMeeting: 'Remove Zoom meeting',
  buttonCopyJoinLink: 'Copy join link',
  confirmDeleteMeeting: 'Also delete "$1" ($2)?',
};
export const t = (key: string, subs?: string | string[]) => {
  const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
  return (MESSAGES[key] ?? key).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
};

export function startController(adapter: CalendarAdapter, answers: Answers, confirm = vi.fn(() => true)) {
  const background = fakeBackground(answers);
  const controller = new AbortController();
  startCalendarController({
    adapter,
    document,
    signal: controller.signal,
    t,
    ask: background.ask as never,
    confirm,
  });
  return { ...background, controller, confirm };
}

/** The button's shadow-root text and buttons, as a person would see and reach them. */
export const buttonText = () =>
  [...document.querySelectorAll('[data-zoom-meeting-button]')]
    .map((h) => h.shadowRoot!.querySelector('[role="group"]')!.textContent)
    .join('|');
export const clickButton = (label: string) => {
  const all = [...document.querySelectorAll('[data-zoom-meeting-button]')].flatMap((h) => [
    ...h.shadowRoot!.querySelectorAll('button'),
  ]);
  const button = all.find((b) => b.textContent === label);
  if (!button) throw new Error(`no "${label}" button in: ${all.map((b) => b.textContent).join(', ')}`);
  button.click();
};
