import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { meetingMessages } from '../../protocol/meetings';
import { messageOf } from '../adapter';
import { contentT } from '../content-t';
import { isObject, replyChecks } from './reply-checks';

// The content scripts' side of the protocol. lib/messaging.ts parses replies with zod, which would
// cost more than the whole 25 kB content-script budget, so the replies a calendar page can get
// are checked by hand (reply-checks.ts). The types still come from the contract, as types only.
// Its own sentences live in _locales: a message key costs the bundle less than the English text.

type Messages = typeof meetingMessages;
export type ContentMessage = keyof Messages;
export type ContentRequest<N extends ContentMessage> = z.input<Messages[N]['request']>;
export type ContentResponse<N extends ContentMessage> = z.output<Messages[N]['response']>;
export type ContentReply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Asks the background; never throws: every failure is `{ ok: false, error }` with a sentence. */
export type Ask = <N extends ContentMessage>(
  type: N,
  payload: ContentRequest<N>,
) => Promise<ContentReply<ContentResponse<N>>>;

const failure = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

/** The reply envelope, checked: an error with a code and sentence, or data of the message's shape. */
export function checkReply<N extends ContentMessage>(
  type: N,
  raw: unknown,
): ContentReply<ContentResponse<N>> {
  if (isObject(raw) && raw.ok === false && isObject(raw.error)) {
    const { code, message } = raw.error;
    if (typeof code === 'string' && typeof message === 'string' && message) return failure(code, message);
  }
  if (isObject(raw) && raw.ok === true && replyChecks[type](raw.data))
    return { ok: true, data: raw.data as ContentResponse<N> };
  return failure('bad-reply', contentT('errorBadReply'));
}

export const ask: Ask = async (type, payload) => {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (cause) {
    // After an update the old content script's context is gone: the page needs a reload.
    return failure('unreachable', contentT('errorExtensionUnreachable', messageOf(cause)));
  }
  return checkReply(type, raw);
};
