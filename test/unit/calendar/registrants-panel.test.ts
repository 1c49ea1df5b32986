// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRegistrantsPanel } from '@/lib/calendar/registrants-panel';

const guests = [{ email: 'ada@example.org', name: 'Ada Lovelace' }, { email: 'g&h@example.org' }];

function open(
  link: Parameters<typeof openRegistrantsPanel>[1] = { meetingId: '81000000002', provider: 'zoom' },
) {
  // happy-dom loads no frame (it logs a DOMException saying so); the URL is what is checked here.
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  openRegistrantsPanel(document, link, guests, 'Close');
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  return { attach, root, frame: root.querySelector('iframe')! };
}

describe('the registrants panel in the calendar page', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is an extension page in an iframe inside a closed shadow root', () => {
    const { attach, root, frame } = open();
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    expect(root.host.shadowRoot).toBeNull();
    const url = new URL(frame.src);
    expect(url.pathname).toBe('/panel.html');
    const hash = new URLSearchParams(url.hash.slice(1));
    expect(hash.get('meeting')).toBe('81000000002');
    expect(JSON.parse(hash.get('guests')!)).toEqual(guests);
    // Zoom is what a panel without `provider` takes the meeting for.
    expect(hash.has('provider')).toBe(false);
  });

  it('marks a Webex meeting with provider=webex', () => {
    const { frame } = open({ meetingId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', provider: 'webex' });
    const hash = new URLSearchParams(new URL(frame.src).hash.slice(1));
    expect(hash.get('meeting')).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(hash.get('provider')).toBe('webex');
    expect(JSON.parse(hash.get('guests')!)).toEqual(guests);
  });

  it('opens once: a second opening replaces the first, and Close removes it', () => {
    open();
    const { root } = open();
    expect(document.querySelectorAll('#zoom-registrants-panel')).toHaveLength(1);
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(document.getElementById('zoom-registrants-panel')).toBeNull();
  });
});
