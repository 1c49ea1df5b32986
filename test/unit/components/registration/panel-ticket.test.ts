// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { redeemPostedTicket } from '@/components/registration/panel-ticket';
import { READY_MESSAGE, TICKET_MESSAGE } from '@/lib/calendar/content/registrants-panel';
import { answerMessages } from '@/test/support/runtime-messages';

const TICKET = '0123456789abcdef0123456789abcdef';
const view = { provider: 'zoom', meetingId: '81000000002', topic: 'Training', guests: [] };

/** A message as the panel's window receives it, from `source`. */
const post = (data: unknown, source: unknown = window.parent) =>
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));

describe('the panel’s ticket', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('says it is listening to the parent, with nothing in the message', async () => {
    answerMessages({});
    const parent = { postMessage: vi.fn() };
    const win = Object.assign(new EventTarget(), { parent }) as unknown as Window;
    void redeemPostedTicket(win, 'no ticket');
    expect(parent.postMessage).toHaveBeenCalledWith({ type: READY_MESSAGE }, '*');
  });

  it('is taken from the parent window only, and redeemed once', async () => {
    const sent = answerMessages({ 'panel.redeem': () => ({ ok: true, data: view }) });
    const result = redeemPostedTicket(window, 'no ticket');
    const stranger = { postMessage() {} };
    post({ type: TICKET_MESSAGE, ticket: 'f'.repeat(32) }, stranger);
    post({ type: 'something-else', ticket: TICKET });
    post('not an object');
    post({ type: TICKET_MESSAGE, ticket: TICKET });
    post({ type: TICKET_MESSAGE, ticket: 'e'.repeat(32) });
    await expect(result).resolves.toEqual({ ok: true, view });
    expect(sent).toEqual([{ type: 'panel.redeem', payload: { ticket: TICKET } }]);
  });

  it('shows the refusal when the background does not honour it', async () => {
    answerMessages({
      'panel.redeem': () => ({ ok: false, error: { code: 'ticket-refused', message: 'Open it again.' } }),
    });
    const result = redeemPostedTicket(window, 'no ticket');
    post({ type: TICKET_MESSAGE, ticket: TICKET });
    await expect(result).resolves.toEqual({ ok: false, message: 'Open it again.' });
  });

  it('gives up when no ticket comes (a page framed the panel itself), asking nothing', async () => {
    vi.useFakeTimers();
    const sent = answerMessages({});
    const result = redeemPostedTicket(window, 'no ticket');
    await vi.runAllTimersAsync();
    await expect(result).resolves.toEqual({ ok: false, message: 'no ticket' });
    expect(sent).toEqual([]);
  });
});
