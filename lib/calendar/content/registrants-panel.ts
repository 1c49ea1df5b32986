import { browser } from 'wxt/browser';
import type { Ask } from './messaging';
import type { PageEvent } from '../../protocol/calendar-event';

const HOST_ID = 'zoom-registrants-panel';

/** The panel's "listening" (components/registration/panel-ticket.ts); it carries nothing. */
export const READY_MESSAGE = 'registrants-panel-ready';
/** The answer to it, from this script only: the ticket to redeem. */
export const TICKET_MESSAGE = 'registrants-panel-ticket';

/**
 * Opens the registrants panel: the extension's panel.html in an iframe inside a closed shadow root.
 * Its URL carries nothing: the page could frame it with any address. The background issues a
 * one-time ticket for the meeting linked to the event this tab shows, with the guests read here.
 * When the panel says it is listening, the ticket goes to that frame's window by postMessage,
 * addressed to the extension's origin only (Chrome fires no `load` on the frame element of an
 * extension page, so the panel speaks first), and the panel redeems it from this tab. Plain DOM on purpose: the content-script budget has no room for
 * React.
 */
export async function openRegistrantsPanel(
  doc: Document,
  ask: Ask,
  /** The event as read (times need not be readable): which event, and the guests to offer. */
  event: Pick<PageEvent, 'site' | 'id' | 'location' | 'guests'>,
  closeLabel: string,
): Promise<void> {
  const reply = await ask('panel.ticket', {
    event: { site: event.site, id: event.id, location: event.location },
    guests: event.guests,
  });
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'position:fixed;top:72px;right:16px;z-index:2147483647';
  const listening = new AbortController();
  const close = doc.createElement('button');
  close.textContent = closeLabel;
  close.onclick = () => {
    listening.abort();
    host.remove();
  };
  const root = host.attachShadow({ mode: 'closed' });
  if (!reply.ok) {
    const refusal = doc.createElement('p');
    refusal.setAttribute('role', 'alert');
    refusal.textContent = reply.error.message;
    refusal.style.cssText = 'margin:0;padding:8px;max-width:400px;background:#fff;border:1px solid #888';
    root.append(close, refusal);
    doc.body.append(host);
    return;
  }
  const url = browser.runtime.getURL('/panel.html');
  const frame = doc.createElement('iframe');
  frame.src = url;
  frame.style.cssText = 'display:block;width:420px;height:520px;border:1px solid #888;background:#fff';
  const { ticket } = reply.data;
  // The page's scripts see the "ready" too and may post their own; only this frame's counts, and
  // only while an extension page is in it. Its origin is the extension's own even when `url` is
  // the dynamic address (use_dynamic_url), so the ticket is addressed to the origin that spoke.
  doc.defaultView?.addEventListener(
    'message',
    (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!frame.contentWindow || event.source !== frame.contentWindow) return;
      if (!event.origin.startsWith(`${new URL(url).protocol}//`)) return;
      if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== READY_MESSAGE)
        return;
      listening.abort();
      frame.contentWindow.postMessage({ type: TICKET_MESSAGE, ticket }, event.origin);
    },
    { signal: listening.signal },
  );
  root.append(close, frame);
  doc.body.append(host);
}
