import { fakeBrowser } from 'wxt/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ask } from '../../../../lib/calendar/content/messaging';

const EVENT = {
  site: 'google' as const,
  title: 'Planning',
  start: '2026-03-10T09:30:00',
  end: '2026-03-10T10:30:00',
  timeZone: 'America/New_York',
  allDay: false,
  guests: [],
  description: '',
  location: '',
};
const LINK = {
  provider: 'zoom',
  meetingId: '81234567890',
  joinUrl: 'https://zoom.us/j/81234567890',
  topic: 'Planning',
  registration: false,
};
const answer = (reply: unknown) =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => reply) as never);

// The real English messages, so the sentences a person reads are what is checked.
const MESSAGES: Record<string, { message: string }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../public/_locales/en/messages.json'), 'utf8'),
);

describe('ask (content scripts)', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, sub?: string) =>
      (MESSAGES[key]?.message ?? '').replace(/\$[A-Z]+\$/, sub ?? '')) as never);
  });

  it('sends { type, payload } and returns a well-formed answer', async () => {
    const send = answer({ ok: true, data: { link: LINK, invitation: 'Join' } });
    await expect(ask('meeting.attach', { event: EVENT })).resolves.toEqual({
      ok: true,
      data: { link: LINK, invitation: 'Join' },
    });
    expect(send).toHaveBeenCalledWith({ type: 'meeting.attach', payload: { event: EVENT } });
  });

  it("passes the background's error through with its code and sentence", async () => {
    answer({ ok: false, error: { code: 'signed-out', message: 'Sign in to Zoom first.' } });
    await expect(ask('meeting.linkFor', { event: EVENT })).resolves.toEqual({
      ok: false,
      error: { code: 'signed-out', message: 'Sign in to Zoom first.' },
    });
  });

  it('turns a malformed answer into "bad-reply", never into data', async () => {
    const cases = [
      ['meeting.linkFor', undefined],
      ['meeting.linkFor', { ok: true, data: { link: { ...LINK, joinUrl: 'javascript:alert(1)' } } }],
      ['meeting.linkFor', { ok: false, error: { code: 'x', message: '' } }],
      ['meeting.remove', { ok: true, data: { removed: false } }],
    ] as const;
    for (const [type, reply] of cases) {
      answer(reply);
      const result =
        type === 'meeting.remove'
          ? await ask(type, { event: { site: 'google', id: 'e1' } })
          : await ask(type, { event: EVENT });
      expect(result, JSON.stringify(reply)).toEqual({
        ok: false,
        error: { code: 'bad-reply', message: 'The extension answered in an unexpected way.' },
      });
    }
  });

  it('says so when the extension cannot be reached (e.g. it was updated under the page)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    const reply = await ask('auth.signInFromPage', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    expect(!reply.ok && reply.error.message).toBe(
      'The extension did not answer (Extension context invalidated.). Reload the page and try again.',
    );
  });
});
