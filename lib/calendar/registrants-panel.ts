import { browser } from 'wxt/browser';
import type { Ask } from './content-messaging';
import type { PageEvent } from './types';

const HOST_ID = 'zoom-registrants-panel';

/** The message the panel waits for (components/registration/panel-ticket.ts): the ticket to redeem. */
export const TICKET_MESSAGE = 'registrants-panel-ticket';

/**
 * Opens the registrants panel: the extension's panel.html in an iframe inside a closed shadow root.
 * Its URL carries nothing: the page could frame it with any address. The background issues a
 * one-time ticket for the meeting linked to the event this tab shows, with the guests read here;
 * the ticket goes to the frame by postMessage, addressed to the extension's origin only, and the
 * panel redeems it from this tab. Plain DOM on purpose: the content-script budget has no room for
 * React.
 */
export async function openRegistrantsPanel(
  doc: Document,
  ask: Ask,
  event: PageEvent,
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
  const close = doc.createElement('button');
  close.textContent = closeLabel;
  close.onclick = () => host.remove();
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
  frame.addEventListener(
    'load',
    () => frame.contentWindow?.postMessage({ type: TICKET_MESSAGE, ticket }, new URL(url).origin),
    { once: true },
  );
  root.append(close, frame);
  doc.body.append(host);
}
