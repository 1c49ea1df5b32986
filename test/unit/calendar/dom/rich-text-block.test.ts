// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { plainText } from '@/lib/calendar/dom/nodes';
import { hasBlock, removeBlock, upsertBlock } from '@/lib/calendar/dom/rich-text-block';
import { BLOCK_START_MARK, findInvitationBlock } from '@/lib/calendar/dom/invitation-block';
import { englishMessages } from '@/test/support/english-messages';

// The invitation block in a person's rich-text description (happy-dom has no editing commands, so
// this is the by-hand path; test/e2e/description-in-place.e2e.ts runs the browser's own). What the
// person wrote — links, bold, lists, line breaks — must be the same nodes before and after.

const INVITE = 'Sandy is inviting you to a Zoom meeting.\n\nJoin: https://zoom.us/j/81?pwd=x\nMeeting ID: 81';
const LATER = 'Sandy is inviting you to a Zoom meeting.\n\nJoin: https://zoom.us/j/81?pwd=x\nTime: 11:00';

/** An element from parts, with DOM calls: the person's description as the page holds it. */
function h(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}
const br = () => document.createElement('br');

const DESCRIPTIONS: Record<string, () => (Node | string)[]> = {
  'a link and bold text': () => [
    h('div', {}, 'Agenda: ', h('a', { href: 'https://docs.example/plan' }, 'the plan')),
    h('div', {}, h('b', {}, 'Bring'), ' slides'),
  ],
  'a list': () => [h('ul', {}, h('li', {}, 'numbers'), h('li', {}, h('i', {}, 'the rest')))],
  'line breaks, no blocks': () => [
    'first line',
    br(),
    'second ',
    h('a', { href: 'https://x.example/' }, 'link'),
    br(),
    br(),
  ],
  'a trailing empty line': () => [h('div', {}, 'text'), h('div', {}, br())],
  empty: () => [],
};

function box(parts: (Node | string)[]): HTMLElement {
  const el = h('div', { contenteditable: 'true' }, ...parts);
  document.body.replaceChildren(el);
  return el;
}

beforeEach(() => void englishMessages());

describe('the invitation block, edited in place', () => {
  it.each(Object.entries(DESCRIPTIONS))(
    '%s: attach keeps every node, remove gives the description back',
    (_, parts) => {
      const el = box(parts());
      const original = el.cloneNode(true);
      const before = [...el.childNodes];
      const clones = before.map((n) => n.cloneNode(true));
      const inputs: string[] = [];
      el.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));

      upsertBlock(el, INVITE);
      // The person's nodes are the same objects, unchanged, and come first.
      expect([...el.childNodes].slice(0, before.length)).toEqual(before);
      before.forEach((n, i) => expect(n.isEqualNode(clones[i]!)).toBe(true));
      expect(findInvitationBlock(plainText(el))!.body).toBe(INVITE);
      expect(hasBlock(el)).toBe(true);

      upsertBlock(el, LATER);
      before.forEach((n, i) => expect(n.isEqualNode(clones[i]!)).toBe(true));
      expect(findInvitationBlock(plainText(el))!.body).toBe(LATER);
      expect(plainText(el).split(BLOCK_START_MARK)).toHaveLength(2);

      removeBlock(el);
      expect(el.isEqualNode(original)).toBe(true);
      expect([...el.childNodes]).toEqual(before);
      // The page's model hears every change, as it hears typing.
      expect(inputs).toEqual(['insertText', 'insertText', 'deleteContent']);
    },
  );

  it('sets the block off with one empty line, and plain text reads as the text version does', () => {
    const el = box(DESCRIPTIONS['a link and bold text']!());
    upsertBlock(el, INVITE);
    const text = plainText(el);
    expect(text.startsWith('Agenda: the plan\nBring slides\n\n')).toBe(true);
    expect(el.querySelector('a')!.getAttribute('href')).toBe('https://docs.example/plan');
    expect(el.querySelector('b')!.textContent).toBe('Bring');
  });

  it('leaves text the person wrote after the block where it is', () => {
    const el = box([h('div', {}, 'before')]);
    upsertBlock(el, INVITE);
    const after = document.createElement('div');
    after.append('after, by the person');
    el.append(after);
    upsertBlock(el, LATER);
    expect(el.lastChild).toBe(after);
    removeBlock(el);
    expect(el.isEqualNode(box([h('div', {}, 'before'), h('div', {}, 'after, by the person')]))).toBe(true);
  });

  it('refuses a damaged block before touching anything, and an invitation holding a marker', () => {
    const el = box([h('div', {}, 'notes'), h('div', {}, `${BLOCK_START_MARK} only the start`)]);
    const original = el.cloneNode(true);
    expect(() => upsertBlock(el, INVITE)).toThrow(/invitation/i);
    expect(() => removeBlock(el)).toThrow(/invitation/i);
    expect(el.isEqualNode(original)).toBe(true);
    const clean = box([h('div', {}, 'notes')]);
    expect(() => upsertBlock(clean, `x ${BLOCK_START_MARK}`)).toThrow();
    expect(clean.isEqualNode(h('div', { contenteditable: 'true' }, h('div', {}, 'notes')))).toBe(true);
  });

  it('a description without a block is left alone by remove', () => {
    const el = box(DESCRIPTIONS['a list']!());
    const original = el.cloneNode(true);
    removeBlock(el);
    expect(el.isEqualNode(original)).toBe(true);
    expect(hasBlock(el)).toBe(false);
  });
});
