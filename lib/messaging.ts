import { browser } from 'wxt/browser';
import { z } from 'zod';
import { accountMessages } from './protocol/account';
import type { ProtocolEntry } from './protocol/entry';
import { calendarCheckMessages } from './protocol/calendar-check';
import { meetingMessages } from './protocol/meetings';
import { panelMessages } from './protocol/panel';
import { popupMessages } from './protocol/popup';
import { registrationMessages } from './protocol/registration';
import { settingsMessages } from './protocol/settings';
import { webexMessages } from './protocol/webex';

/**
 * The one protocol between the extension's pages, content scripts and the background. Each entry
 * names a request schema, a response schema, and whether a content script may send it: content
 * scripts run inside the calendar page's process, so they get only what the calendar button needs.
 */

export { type ConnectionStatus, ConnectionStatusSchema, type ZoomSettingsView } from './protocol/account';

export const protocol = {
  ...accountMessages,
  ...meetingMessages,
  ...panelMessages,
  ...calendarCheckMessages,
  ...settingsMessages,
  ...popupMessages,
  ...registrationMessages,
  ...webexMessages,
} as const satisfies Record<string, ProtocolEntry>;

export type { ProtocolEntry };

export type MessageName = keyof typeof protocol;

/** The background's answer to each message (lib/background/router.ts calls them). */
export type Handlers = {
  [N in MessageName]: (
    payload: z.output<(typeof protocol)[N]['request']>,
    sender: Sender,
  ) => Promise<ResponseOf<N>>;
};

export interface Sender {
  id?: string;
  /** The sending document's address as it was loaded (Chrome does not follow pushState here). */
  url?: string;
  frameId?: number;
  /** `url`: the tab's current address, after the page's own pushState. */
  tab?: { id?: number; url?: string };
}

export type RequestOf<N extends MessageName> = z.input<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof protocol)[N]['response']>;

export const ErrorReplySchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorReply = z.infer<typeof ErrorReplySchema>;
export type Reply<T> = { ok: true; data: T } | ErrorReply;

/** Asks the background. Never throws: a failure comes back as `{ ok: false, error }`. */
export async function sendMessage<N extends MessageName>(
  type: N,
  payload: RequestOf<N>,
): Promise<Reply<ResponseOf<N>>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: 'unreachable', message: `The extension did not answer: ${message}` } };
  }
  const failure = ErrorReplySchema.safeParse(raw);
  if (failure.success) return failure.data;
  const success = z.object({ ok: z.literal(true), data: protocol[type].response }).safeParse(raw);
  if (success.success) return { ok: true, data: success.data.data as ResponseOf<N> };
  return { ok: false, error: { code: 'bad-reply', message: 'The extension answered in an unexpected way.' } };
}
