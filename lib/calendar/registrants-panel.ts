import { browser } from 'wxt/browser';
import type { MeetingLink } from '../protocol/meetings';
import type { Guest } from './types';

const HOST_ID = 'zoom-registrants-panel';

/**
 * Opens the registrants panel: the extension's panel.html in an iframe inside a closed shadow root,
 * so the calendar page can neither script into the panel nor find the frame to read its URL. The
 * meeting and guests travel in the URL's fragment, which never reaches a server; the panel checks
 * them. `provider=webex` marks a Webex meeting; without it the panel takes the id as Zoom's. Plain
 * DOM on purpose: the content-script budget has no room for React.
 */
export function openRegistrantsPanel(
  doc: Document,
  { meetingId, provider }: Pick<MeetingLink, 'meetingId' | 'provider'>,
  guests: readonly Guest[],
  closeLabel: string,
): void {
  doc.getElementById(HOST_ID)?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  host.style.cssText = 'position:fixed;top:72px;right:16px;z-index:2147483647';
  const frame = doc.createElement('iframe');
  frame.src = browser.runtime.getURL(
    `/panel.html#meeting=${meetingId}&guests=${encodeURIComponent(JSON.stringify(guests))}${
      provider === 'zoom' ? '' : `&provider=${provider}`
    }` as '/panel.html',
  );
  frame.style.cssText = 'display:block;width:420px;height:520px;border:1px solid #888;background:#fff';
  const close = doc.createElement('button');
  close.textContent = closeLabel;
  close.onclick = () => host.remove();
  host.attachShadow({ mode: 'closed' }).append(close, frame);
  doc.body.append(host);
}
