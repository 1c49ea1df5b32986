import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** A reply as the background's router sends it. */
export const ok = <T>(data: T) => ({ ok: true as const, data });
export const fail = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

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
