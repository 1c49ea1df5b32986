import { vi } from 'vitest';
import type { CalendarAdapter } from '@/lib/calendar/adapter';
import { calendarActions, type LoadActions } from '@/lib/calendar/content/actions';
import { startCalendarController } from '@/lib/calendar/content/calendar-controller';
import type {
  ContentMessage,
  ContentReply,
  ContentRequest,
  ContentResponse,
} from '@/lib/calendar/content/messaging';
import { englishMessages, t } from './english-messages';
import { fail } from './runtime-messages';
import { buttonRoots, keepShadowRoots, personClick } from './shadow-roots';

// Every file that drives the controller reaches its button through the kept roots.
keepShadowRoots();

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

export function fakeBackground(answers: Answers) {
  const sent: { type: ContentMessage; payload: unknown }[] = [];
  // 'meeting.providers' is asked at start and on every editor open: counted apart, so tests of the
  // other messages read them in order.
  let providerAsks = 0;
  const ask = vi.fn(async (type: ContentMessage, payload: unknown) => {
    if (type === 'meeting.providers') providerAsks++;
    else sent.push({ type, payload });
    const answer = answers[type] as Answer<ContentMessage> | undefined;
    if (!answer) return fail('unknown-type', `No handler for "${type}".`);
    return typeof answer === 'function' ? answer(payload as never) : answer;
  });
  const typesSent = () => sent.map((s) => s.type);
  return { answers, sent, ask, typesSent, providerAsks: () => providerAsks };
}

export function startController(
  adapter: CalendarAdapter,
  answers: Answers,
  confirm = vi.fn(() => true),
  // The on-demand part, imported directly: its loading is load-actions' own test.
  actions: LoadActions = async () => calendarActions,
) {
  // The adapters' and the invitation block's own sentences come through contentT.
  englishMessages();
  const background = fakeBackground(answers);
  const controller = new AbortController();
  startCalendarController({
    adapter,
    document,
    signal: controller.signal,
    t,
    ask: background.ask as never,
    actions,
    confirm,
  });
  return { ...background, controller, confirm };
}

/** The button's shadow-root text and buttons, as a person would see and reach them. */
export const buttonText = () =>
  buttonRoots()
    .map((root) => root.querySelector('[role="group"]')!.textContent)
    .join('|');
export const clickButton = (label: string) => {
  const all = buttonRoots().flatMap((root) => [...root.querySelectorAll('button')]);
  const button = all.find((b) => b.textContent === label);
  if (!button) throw new Error(`no "${label}" button in: ${all.map((b) => b.textContent).join(', ')}`);
  personClick(button);
};
