import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BLOCK_END_MARK,
  BLOCK_START_MARK,
  findInvitationBlock,
  removeInvitationBlock,
  upsertInvitationBlock,
} from '@/lib/calendar/dom/invitation-block';
import { englishMessages } from '@/test/support/english-messages';

const INVITE = 'Join Zoom Meeting\r\nhttps://zoom.us/j/123\r\n\r\nMeeting ID: 123';
// Text a person might write: anything but the markers themselves.
const userText = fc.string({
  unit: fc.constantFrom('a', ' ', '\n', '\r', '─', '-', '[', ']', 'z', 'é', '\t'),
});

describe('invitation block', () => {
  beforeEach(() => void englishMessages());

  it('appends a marked block after the text and finds its body again', () => {
    const text = upsertInvitationBlock('Agenda', INVITE);
    expect(text.startsWith('Agenda\n\n')).toBe(true);
    expect(text).toContain(BLOCK_START_MARK);
    expect(findInvitationBlock(text)?.body).toBe(
      'Join Zoom Meeting\nhttps://zoom.us/j/123\n\nMeeting ID: 123',
    );
  });

  it('replaces the block in place, keeping text before and after byte for byte', () => {
    const first = upsertInvitationBlock('before\r\n', 'old');
    const edited = `${first}\nafter  \t`;
    const replaced = upsertInvitationBlock(edited, 'new');
    expect(replaced.startsWith('before\r\n')).toBe(true);
    expect(replaced.endsWith('\nafter  \t')).toBe(true);
    expect(findInvitationBlock(replaced)?.body).toBe('new');
    expect(replaced.split(BLOCK_START_MARK)).toHaveLength(2);
    expect(replaced.split(BLOCK_END_MARK)).toHaveLength(2);
  });

  it('removes the block and the separator it brought: remove(upsert(x)) === x for any text', () => {
    fc.assert(
      fc.property(userText, fc.string({ unit: fc.constantFrom('x', '\n', ' ') }), (text, invite) => {
        expect(removeInvitationBlock(upsertInvitationBlock(text, invite))).toBe(text);
      }),
    );
  });

  it('replacing twice is the same as replacing once', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const once = upsertInvitationBlock(text, INVITE);
        expect(upsertInvitationBlock(once, INVITE)).toBe(once);
      }),
    );
  });

  it('leaves text without a block untouched, and refuses damaged or doubled blocks', () => {
    expect(removeInvitationBlock('just notes\n')).toBe('just notes\n');
    const text = upsertInvitationBlock('notes', INVITE);
    expect(() => findInvitationBlock(text.replace(BLOCK_START_MARK, ''))).toThrow(
      /^The meeting invitation in the description has lost its first divider line\.$/,
    );
    expect(() => findInvitationBlock(`${text}\n${text}`)).toThrow(/more than one meeting invitation/);
    expect(() => upsertInvitationBlock('', `x ${BLOCK_END_MARK}`)).toThrow(/markers/);
  });
});
