import { READY_MESSAGE, TICKET_MESSAGE } from '@/lib/calendar/content/registrants-panel';
import { sendMessage } from '@/lib/messaging';
import type { PanelTicketView } from '@/lib/protocol/panel';

/** How long the panel waits for its ticket: the framing content script answers its "ready" at once. */
export const TICKET_WAIT_MS = 10_000;

export type Redemption = { ok: true; view: PanelTicketView } | { ok: false; message: string };

/**
 * The panel's meeting and guests, from the ticket the framing content script posts
 * (lib/calendar/content/registrants-panel.ts), redeemed once with the background. Only a message from the
 * parent window counts, and only a ticket the background honours: one issued to this tab, unused,
 * unexpired. A page framing the panel itself has no ticket to give, so the panel shows nothing.
 */
export function redeemPostedTicket(win: Window, refusal: string): Promise<Redemption> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Redemption) => {
      if (settled) return;
      settled = true;
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, message: refusal }), TICKET_WAIT_MS);
    async function onMessage(event: MessageEvent) {
      const data: unknown = event.data;
      if (event.source !== win.parent || typeof data !== 'object' || data === null) return;
      const { type, ticket } = data as { type?: unknown; ticket?: unknown };
      if (type !== TICKET_MESSAGE || typeof ticket !== 'string') return;
      // The first ticket decides: the ticket is single use either way.
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      const reply = await sendMessage('panel.redeem', { ticket });
      finish(reply.ok ? { ok: true, view: reply.data } : { ok: false, message: reply.error.message });
    }
    win.addEventListener('message', onMessage);
    // Nothing in it: any page framing the panel may read it. `*`: the parent is a calendar origin.
    if (win.parent !== win) win.parent.postMessage({ type: READY_MESSAGE }, '*');
  });
}
