import { contentT } from '../content-t';

// The meeting invitation lives in the event description between two divider lines carrying
// markers, so it can be found, replaced and removed later while everything a person wrote around
// it stays exactly as it was. Markers are ASCII so no editor rewrites them. They say "zoom" for
// every provider: events saved before Webex came carry them, and the markers are what is searched.

export const BLOCK_START_MARK = '[zoom-invitation]';
export const BLOCK_END_MARK = '[/zoom-invitation]';
// Twelve box-drawing characters: built, since each is 3 bytes of UTF-8 in the content scripts.
const RULE = '─'.repeat(12);
export const START_LINE = `${RULE} Online meeting ${BLOCK_START_MARK} ${RULE}`;
export const END_LINE = `${RULE} ${BLOCK_END_MARK} ${RULE}`;
/** Put before an appended block, and taken away with it, so remove(insert(x)) === x. */
const SEPARATOR = '\n\n';

export interface BlockSpan {
  /** Offset of the start line's first character. */
  start: number;
  /** Offset just past the end line's last character (its newline is not part of the block). */
  end: number;
  /** The invitation text between the divider lines. */
  body: string;
}

/** The sentence is the _locales message `key` (cheaper in the content scripts than the text). */
export class InvitationBlockError extends Error {
  override readonly name = 'InvitationBlockError';
  constructor(key: string) {
    super(contentT(key));
  }
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
};

/** The block in `text`, null when there is none; throws when a divider line was damaged. */
export function findInvitationBlock(text: string): BlockSpan | null {
  const startMark = text.indexOf(BLOCK_START_MARK);
  const endMark = text.indexOf(BLOCK_END_MARK);
  if (startMark === -1 && endMark === -1) return null;
  if (startMark === -1 || endMark < startMark) {
    throw new InvitationBlockError('errorBlockStartLost');
  }
  if (
    text.indexOf(BLOCK_START_MARK, startMark + 1) !== -1 ||
    text.indexOf(BLOCK_END_MARK, endMark + 1) !== -1
  ) {
    throw new InvitationBlockError('errorBlockTwice');
  }
  const start = lineStart(text, startMark);
  const end = lineEnd(text, endMark);
  const bodyStart = lineEnd(text, startMark) + 1;
  const bodyEnd = lineStart(text, endMark) - 1;
  return {
    start,
    end,
    body: bodyStart <= bodyEnd ? text.slice(bodyStart, bodyEnd) : '',
  };
}

/** The block's text for `invitation`: its divider lines around it; throws when it holds a marker. */
export function blockText(invitation: string): string {
  const body = invitation.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
  if (body.includes(BLOCK_START_MARK) || body.includes(BLOCK_END_MARK)) {
    throw new InvitationBlockError('errorBlockMarkersInText');
  }
  return `${START_LINE}\n${body}\n${END_LINE}`;
}

/** Adds the block at the end, or replaces the one already there in place. */
export function upsertInvitationBlock(text: string, invitation: string): string {
  const found = findInvitationBlock(text);
  if (found) return text.slice(0, found.start) + blockText(invitation) + text.slice(found.end);
  return text === '' ? blockText(invitation) : text + SEPARATOR + blockText(invitation);
}

/** Takes the block (and the separator added with it) away; text without a block is returned as is. */
export function removeInvitationBlock(text: string): string {
  const found = findInvitationBlock(text);
  if (!found) return text;
  let start = found.start;
  if (text.slice(start - SEPARATOR.length, start) === SEPARATOR) start -= SEPARATOR.length;
  return text.slice(0, start) + text.slice(found.end);
}
