/**
 * The control a person focused on the first screen, told by what its twin in the full popup shares
 * with it: its id, else its element, text and link. React replaces the first screen's nodes, so
 * without this the focus would fall back to the page and a keyboard user would start over.
 */
export interface FocusMark {
  /** The first screen's own node, which its twin replaces. */
  node: HTMLElement;
  id: string;
  tag: string;
  text: string;
  href: string | null;
}

export function markFocus(root: HTMLElement): FocusMark | null {
  const focused = root.ownerDocument.activeElement;
  if (!(focused instanceof HTMLElement) || focused === root || !root.contains(focused)) return null;
  return {
    node: focused,
    id: focused.id,
    tag: focused.tagName,
    text: focused.textContent?.trim() ?? '',
    href: focused.getAttribute('href'),
  };
}

const twinOf = (root: HTMLElement, mark: FocusMark): HTMLElement | undefined =>
  [...root.querySelectorAll<HTMLElement>(mark.id ? `#${CSS.escape(mark.id)}` : mark.tag)].find(
    (el) =>
      el !== mark.node &&
      el.tagName === mark.tag &&
      (mark.id !== '' || (el.textContent?.trim() === mark.text && el.getAttribute('href') === mark.href)),
  );

/**
 * Focuses the marked control's twin once the full popup draws it, unless the person has focused
 * something else by then; gives up after `waitMs`.
 */
export function restoreFocus(root: HTMLElement, mark: FocusMark, waitMs = 2000): void {
  const doc = root.ownerDocument;
  const lost = () => !root.contains(doc.activeElement) || doc.activeElement === root;
  const tryFocus = () => {
    const twin = twinOf(root, mark);
    if (!twin || !twin.isConnected) return false;
    if (lost()) twin.focus();
    return true;
  };
  if (tryFocus()) return;
  const watcher = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), waitMs);
  function stop() {
    watcher.disconnect();
    clearTimeout(timer);
  }
  watcher.observe(root, { childList: true, subtree: true });
}
