// Small DOM helpers shared by the adapters. They take the node they work on; nothing here reaches
// for `document` or `window` globals, so tests hand in a fixture.

/**
 * Whether a person can see the element. Both sites hide panels instead of removing them (the
 * `hidden` attribute, inline or class-based `display: none`), so presence in the DOM says nothing.
 */
export function isShown(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return false;
  // checkVisibility also sees class-based display:none; only called on a handful of candidates.
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/** The first match that is shown, or null. */
export function shownMatch(root: ParentNode, selector: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) if (isShown(el)) return el;
  return null;
}

const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/**
 * The plain text of a rich-text editor, read as lines the way the browser lays them out: each
 * block is a line, a `<br>` ends a line, and a `<br>` that ends its block only holds an empty line
 * open. Chromium's own innerText adds blank lines around blocks, and happy-dom has none, hence this.
 */
export function plainText(root: Node): string {
  const out: string[] = [];
  let line: string | null = null;
  const flush = () => {
    if (line !== null) out.push(line);
    line = null;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line = (line ?? '') + (child as Text).data.replace(/\u00a0/g, ' ');
      else if (child.nodeName === 'BR') {
        out.push(line ?? '');
        line = null;
      } else if (BLOCK.has(child.nodeName)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return out.join('\n');
}

/** The DOM Chromium's editing builds for `text` (one block per line), for pages that need a fallback. */
export function linesToNodes(doc: Document, text: string): Node[] {
  return text.split('\n').map((l) => {
    const div = doc.createElement('div');
    div.append(l === '' ? doc.createElement('br') : doc.createTextNode(l));
    return div;
  });
}
