import { beforeEach, vi } from 'vitest';

// The calendar button lives in a CLOSED shadow root: `host.shadowRoot` is null for the page and for
// tests alike. Tests keep the roots as the code attaches them (the page cannot: its scripts run in
// another world), and press buttons with events marked trusted, as a person's are. happy-dom has no
// `isTrusted` at all, so without the mark every event counts as the page's own.

const roots = new WeakMap<Element, ShadowRoot>();

/** Call at the top of a test file: every attached shadow root is kept for `rootOf`. */
export function keepShadowRoots(): void {
  beforeEach(() => {
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      const root = attach.call(this, init);
      roots.set(this, root);
      return root;
    });
  });
}

export const rootOf = (host: Element): ShadowRoot => {
  const root = roots.get(host);
  if (!root) throw new Error('no shadow root kept for this host (keepShadowRoots() in the file?)');
  return root;
};

/** An event as the browser makes it for a person: isTrusted true. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A person's click (or Enter/Space on a focused button, which the browser turns into one). */
export const personClick = (el: Element) =>
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));

export const personKey = (el: Element, key: string) =>
  el.dispatchEvent(
    trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })),
  );

/** Every button host's root on the page. */
export const buttonRoots = () => [...document.querySelectorAll('[data-zoom-meeting-button]')].map(rootOf);
