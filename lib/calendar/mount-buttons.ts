import type { FindAnchors } from './editor-anchors';

const BUTTON_ATTR = 'data-zoom-meeting-button';

export interface MountOptions {
  label: string;
  onClick: (anchor: Element) => void;
}

/**
 * Puts one button after each editor anchor and removes buttons whose editor has gone. Built with
 * DOM calls only: the label is data, never parsed as HTML.
 */
export function syncButtons(root: Document, findAnchors: FindAnchors, options: MountOptions): number {
  const anchors = findAnchors(root);
  for (const anchor of anchors) {
    const next = anchor.nextElementSibling;
    if (next?.hasAttribute(BUTTON_ATTR)) continue;
    const button = root.createElement('button');
    button.type = 'button';
    button.setAttribute(BUTTON_ATTR, '');
    button.textContent = options.label;
    button.setAttribute('aria-label', options.label);
    button.addEventListener('click', () => options.onClick(anchor));
    anchor.after(button);
  }
  for (const button of root.querySelectorAll(`[${BUTTON_ATTR}]`)) {
    const anchor = button.previousElementSibling;
    if (!anchor || !anchors.includes(anchor)) button.remove();
  }
  return anchors.length;
}

/** Calls `sync` after DOM changes, batched to one call per animation frame, until `signal` aborts. */
export function observeDom(root: Document, signal: AbortSignal, sync: () => void): void {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) sync();
    });
  });
  observer.observe(root.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'aria-hidden', 'data-viewfamily'],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  sync();
}
