// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ask } from '@/lib/calendar/content/messaging';
import {
  openRegistrantsPanel,
  READY_MESSAGE,
  TICKET_MESSAGE,
} from '@/lib/calendar/content/registrants-panel';
import type { PageEvent } from '@/lib/protocol/calendar-event';

const guests = [{ email: 'ada@example.org', name: 'Ada Lovelace' }, { email: 'g&h@example.org' }];
const event: PageEvent = {
  site: 'google',
  id: 'evt9',
  title: 'Training',
  start: '2027-05-12T10:00:00',
  end: '2027-05-12T11:00:00',
  timeZone: 'Europe/Berlin',
  allDay: false,
  guests,
  description: 'Bring questions.',
  location: 'https://zoom.us/j/81000000002',
};
const TICKET = '0123456789abcdef0123456789abcdef';

async function open(reply: Awaited<ReturnType<Ask>> = { ok: true, data: { ticket: TICKET } }) {
  const ask = vi.fn(async () => reply) as unknown as Ask & ReturnType<typeof vi.fn>;
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  await openRegistrantsPanel(document, ask, event, 'Close');
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  return { ask, attach, root, frame: root.querySelector('iframe') };
}

describe('the registrants panel in the calendar page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('asks for a ticket for the event (its page, id and location) with the guests read from it', async () => {
    const { ask } = await open();
    expect(ask).toHaveBeenCalledWith('panel.ticket', {
      event: { site: 'google', id: 'evt9', location: event.location },
      guests,
    });
  });

  it('frames the extension page with nothing in its URL, inside a closed shadow root', async () => {
    const { attach, root, frame } = await open();
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    expect(root.host.shadowRoot).toBeNull();
    const url = new URL(frame!.src);
    expect(url.pathname).toBe('/panel.html');
    expect(url.hash).toBe('');
    expect(url.search).toBe('');
  });

  it('answers the frame’s "ready" with the ticket, once, addressed to the extension’s origin', async () => {
    const { frame } = await open();
    const post = vi.fn();
    const panelWindow = { postMessage: post } as unknown as Window;
    Object.defineProperty(frame!, 'contentWindow', { value: panelWindow });
    const say = (data: unknown, source: unknown, origin = 'chrome-extension://test-extension-id') =>
      window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, origin }));
    // The page's own scripts, or another frame, saying "ready": nothing is sent.
    say({ type: READY_MESSAGE }, window);
    say({ type: READY_MESSAGE }, { postMessage: post });
    // The frame, once something else is in it (a web origin): nothing either.
    say({ type: READY_MESSAGE }, panelWindow, 'https://calendar.google.com');
    say({ type: 'other' }, panelWindow);
    expect(post).not.toHaveBeenCalled();
    say({ type: READY_MESSAGE }, panelWindow);
    say({ type: READY_MESSAGE }, panelWindow);
    expect(post).toHaveBeenCalledOnce();
    expect(post).toHaveBeenCalledWith(
      { type: TICKET_MESSAGE, ticket: TICKET },
      'chrome-extension://test-extension-id',
    );
  });

  it('shows the background’s sentence instead of a frame when no ticket is given', async () => {
    const { root, frame } = await open({
      ok: false,
      error: { code: 'not-found', message: 'This event has no meeting linked to it here.' },
    });
    expect(frame).toBeNull();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'This event has no meeting linked to it here.',
    );
  });

  it('opens once: a second opening replaces the first, and Close removes it', async () => {
    await open();
    const { root } = await open();
    expect(document.querySelectorAll('#zoom-registrants-panel')).toHaveLength(1);
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(document.getElementById('zoom-registrants-panel')).toBeNull();
  });
});
