/**
 * An element with its properties set (textContent, className, type, …) and its children: DOM calls
 * only, never markup, so page data stays text. Compact on purpose: the content-script budget.
 */
export const make = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const el = Object.assign(doc.createElement(tag), props);
  el.append(...children);
  return el;
};
