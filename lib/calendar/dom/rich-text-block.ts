import { writeError } from '../adapter';
import { linesToNodes, plainText } from './nodes';
import {
  BLOCK_END_MARK,
  BLOCK_START_MARK,
  blockText,
  END_LINE,
  findInvitationBlock,
  START_LINE,
} from './invitation-block';
import { announce, runCommand } from './page-input';

// The invitation block inside the person's rich-text description, edited in place
// (docs/CALENDAR-DOM.md, "Writing into fields"): added at the end with the caret collapsed there,
// replaced and removed as the block's own nodes only. Their links, bold, lists and line breaks are
// never selected, so never rewritten; removing gives the description's own nodes back. The
// browser's editing commands do the work (the page hears them as typing); where there are none
// (or the page refuses them) the same nodes are made by hand and announced with an input event.

/** Inline styles a new line inherits from the caret (a bold last line): the block starts plain. */
const STYLES = ['bold', 'italic', 'underline', 'strikeThrough'];

interface Span {
  first: Node;
  last: Node;
  /** The empty line put before the block with it, taken away with it. */
  separator: Node | null;
}

const select = (box: HTMLElement, range: Range) => {
  box.focus();
  const selection = box.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
};

function textWith(node: Node, mark: string): Text | null {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child as Text).data.includes(mark)) return child as Text;
    const found = textWith(child, mark);
    if (found) return found;
  }
  return null;
}

const topOf = (box: Node, node: Node): Node => {
  while (node.parentNode !== box) node = node.parentNode!;
  return node;
};

/** The block's nodes, or null; throws (a sentence) when one of its divider lines was damaged. */
function spanOf(box: HTMLElement): Span | null {
  if (!findInvitationBlock(plainText(box))) return null;
  const start = textWith(box, BLOCK_START_MARK)!;
  const end = textWith(box, BLOCK_END_MARK)!;
  const first = topOf(box, start);
  const last = topOf(box, end);
  // Whole lines of the box only when they hold nothing of the person's; else the marked text alone.
  if (!first.textContent!.startsWith(START_LINE) || !last.textContent!.endsWith(END_LINE))
    return { first: start, last: end, separator: null };
  const prev = first.previousSibling;
  const separator = prev?.nodeType === 1 && prev.nodeName !== 'BR' && prev.textContent === '' ? prev : null;
  return { first, last, separator };
}

const failed = () => writeError('fieldDescription', 'problemNotAccepted');

/** Adds the invitation block at the end of the description, or replaces the block already there. */
export function upsertBlock(box: HTMLElement, invitation: string): void {
  const text = blockText(invitation);
  const span = spanOf(box);
  const doc = box.ownerDocument;
  const range = doc.createRange();
  if (span) {
    range.setStartBefore(span.first);
    range.setEndAfter(span.last);
    select(box, range);
    if (!runCommand(doc, 'insertText', text)) {
      span.first.parentNode!.insertBefore(lines(doc, text), span.first);
      removeNodes(span.first, span.last);
      announce(box, 'input', text);
    }
  } else {
    const empty = plainText(box) === '';
    collapseAtEnd(box, range);
    select(box, range);
    // Two new lines: the empty one that sets the block off, and the block's first.
    if (empty || (runCommand(doc, 'insertParagraph') && runCommand(doc, 'insertParagraph'))) {
      for (const style of STYLES) if (doc.queryCommandState?.(style)) runCommand(doc, style);
    }
    if (!runCommand(doc, 'insertText', text)) {
      box.append(...(empty ? [] : linesToNodes(doc, '')), lines(doc, text));
      announce(box, 'input', text);
    }
  }
  if (findInvitationBlock(plainText(box))?.body !== findInvitationBlock(text)!.body) throw failed();
}

/**
 * Puts `range` at the end of the last line (a `<div>` or `<p>`, as the editors make them), where a
 * person's click after it puts the caret. Not after it at the box's own level: there Firefox's
 * insertParagraph first makes that position a line of its own, so the block would get two empty
 * lines before it (Chromium moves the caret into the line). A line's final <br> only holds it open.
 */
function collapseAtEnd(box: HTMLElement, range: Range): void {
  let node: Node = box;
  while (node.lastChild && (node.lastChild.nodeName === 'DIV' || node.lastChild.nodeName === 'P'))
    node = node.lastChild;
  const last = node.lastChild;
  if (node !== box && last?.nodeName === 'BR') range.setStartBefore(last);
  else range.setStart(node, node.childNodes.length);
  range.collapse(true);
}

/** Takes the block (and the empty line added with it) out; a description without one is left alone. */
export function removeBlock(box: HTMLElement): void {
  const span = spanOf(box);
  if (!span) return;
  const from = span.separator ?? span.first;
  const doc = box.ownerDocument;
  const range = doc.createRange();
  // From the end of what comes before, as a person's backspace would: no empty line is left behind.
  let before = from.previousSibling;
  while (before?.lastChild && before.nodeName !== 'BR') before = before.lastChild;
  if (before?.nodeType === 3) range.setStart(before, (before as Text).length);
  else if (before) range.setStartAfter(before);
  else range.setStartBefore(from);
  range.setEndAfter(span.last);
  select(box, range);
  if (!runCommand(doc, 'delete')) {
    removeNodes(from, span.last);
    announce(box, 'input', null, 'deleteContent');
  }
  if (findInvitationBlock(plainText(box))) throw failed();
}

/** Whether the description holds a block (throws when one was damaged). */
export const hasBlock = (box: HTMLElement): boolean => spanOf(box) !== null;

function lines(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  fragment.append(...linesToNodes(doc, text));
  return fragment;
}

/** `first` through `last`, siblings in order. */
function removeNodes(first: Node, last: Node): void {
  let node: Node | null = first;
  while (node) {
    const next: Node | null = node === last ? null : node.nextSibling;
    node.parentNode?.removeChild(node);
    node = next;
  }
}
