import { linesToNodes, plainText } from './nodes';

// Writes text the way typing does, so the page's own model (React-style value trackers, Closure
// editors, Roosterjs) hears about it: a bare `.value =` or `.textContent =` changes pixels only and
// is lost when the page saves. First choice is the browser's editing command, which fires trusted
// beforeinput/input events exactly like a keystroke; where that is unavailable (happy-dom, a page
// that blocks it), the same events are dispatched around the native setter.

/** The browser's editing command on the selection; false where there is none or it was refused. */
export function runCommand(doc: Document, command: string, text?: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, text);
  } catch {
    return false;
  }
}

const execInsert = (doc: Document, text: string): boolean =>
  text === '' ? runCommand(doc, 'delete') : runCommand(doc, 'insertText', text);

/** An input event as typing sends it, for a change made by hand where no editing command ran. */
export function announce(
  el: HTMLElement,
  type: 'beforeinput' | 'input',
  text: string | null,
  inputType = 'insertText',
): boolean {
  const init = {
    bubbles: true,
    cancelable: type === 'beforeinput',
    inputType,
    data: text,
  };
  const view = el.ownerDocument.defaultView;
  const event = view?.InputEvent ? new view.InputEvent(type, init) : new Event(type, init);
  return el.dispatchEvent(event);
}

function nativeValueSetter(el: HTMLInputElement | HTMLTextAreaElement): (v: string) => void {
  // The prototype's setter, not the instance's: pages (and React) shadow `value` on the instance
  // to track what they set themselves; going around it is what makes the change count as input.
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return (v) => setter.call(el, v);
    proto = Object.getPrototypeOf(proto);
  }
  return (v) => {
    el.value = v;
  };
}

/** Replaces a text field's whole value as if the person selected all and typed `text`. */
export function typeIntoField(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  el.focus();
  el.select();
  if (!(execInsert(el.ownerDocument, text) && el.value === text)) {
    if (!announce(el, 'beforeinput', text)) return;
    nativeValueSetter(el)(text);
    announce(el, 'input', text);
  }
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Replaces a rich-text editor's whole content, one paragraph per line, as typing would. */
export function typeIntoEditable(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  el.focus();
  const selection = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (execInsert(doc, text) && plainText(el) === text) return;
  if (!announce(el, 'beforeinput', text)) return;
  el.replaceChildren(...linesToNodes(doc, text));
  announce(el, 'input', text);
}
