import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/**
 * Components talk to the background only through runtime.sendMessage; tests answer those messages
 * here, by type, and keep what was sent.
 */
export function answerMessages(answers: Record<string, (payload: unknown) => Reply | Promise<Reply>>) {
  const sent: { type: string; payload: unknown }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    type: string;
    payload: unknown;
  }) => {
    sent.push(message);
    const answer = answers[message.type];
    if (!answer)
      return { ok: false, error: { code: 'unknown-type', message: `no answer for ${message.type}` } };
    return answer(message.payload);
  }) as never);
  return sent;
}

/** Messages from public/_locales/en: components show the real English strings in tests. */
export async function englishMessagesMessages() {
  const { default: messages } = await import('../../../public/_locales/en/messages.json');
  const table = messages as Record<string, { message: string }>;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const text = table[key]?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return text.replace(/\$[A-Z_]+\$/g, () => list.shift() ?? '');
  }) as never);
}
