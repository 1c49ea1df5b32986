// @vitest-environment happy-dom
import { cleanup, render, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { UpcomingView } from '@/components/upcoming-view';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { buildFirstScreen } from '@/entrypoints/popup/first-screen';
import { showFullPopup } from '@/entrypoints/popup/full-popup';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const never = () => new Promise<never>(() => {});
/** The plain-DOM first screen, put in the page as main.ts does. */
function showFirstScreen(items: UpcomingItem[] | null) {
  const root = document.createElement('div');
  root.append(buildFirstScreen(items));
  document.body.append(root);
  return within(root);
}
const removeFirstScreen = () => document.body.replaceChildren();
/** A node as data: its tag, every attribute in order, and its children; text as text. */
type Markup = string | { tag: string; attrs: string[][]; children: Markup[] };
const markup = (node: Node): Markup =>
  node instanceof Element
    ? {
        tag: node.tagName,
        attrs: [...node.attributes].map((a) => [a.name, a.value]),
        children: [...node.childNodes].map(markup),
      }
    : (node.textContent ?? '');
const rows: UpcomingItem[] = [
  {
    provider: 'zoom',
    id: '81000000001',
    kind: 'meeting',
    topic: 'Weekly team sync',
    startTime: '2026-03-02T10:00:00Z',
    durationMinutes: 30,
    joinUrl: 'https://zoom.us/j/81000000001',
  },
  {
    provider: 'webex',
    id: 'abc',
    kind: 'webinar',
    topic: 'Webex training',
    joinUrl: 'https://webex.example/j/abc',
  },
];

describe("the popup's first screen", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(() => {
    cleanup();
    removeFirstScreen();
  });

  it('shows the cached rows with a working Join link, and the buttons that need the background disabled', () => {
    const shown = showFirstScreen(rows).getAllByTestId('meeting');
    expect(shown.map((row) => row.querySelector('h3')?.textContent)).toEqual([
      'Weekly team sync',
      'Webex training',
    ]);
    // Zoom's primary action is Start (the host's own meeting): it needs the background, so it waits.
    const zoom = within(shown[0]!);
    expect(zoom.getByRole('button', { name: 'Start' }).hasAttribute('disabled')).toBe(true);
    expect(zoom.getByRole('button', { name: /^More/ }).hasAttribute('disabled')).toBe(true);
    // Webex's is Join, a plain link that works at once.
    const webex = within(shown[1]!);
    expect(webex.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      'https://webex.example/j/abc',
    );
    expect(webex.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('draws the rows as the full popup does, so nothing moves when it takes over', () => {
    answerMessages({ 'upcoming.list': never });
    const first = showFirstScreen(rows);
    // The first screen is built by hand (no React), so the markup itself is compared: the topic,
    // the whole meta line (mark, provider, badge, time), and each control's element, class and text.
    const drawn = (row: HTMLElement) => [
      row.className,
      row.querySelector('h3')?.textContent,
      markup(row.querySelector('.meta')!),
      [...row.querySelectorAll('.actions a, .actions button')].map(
        (control) => `${control.tagName} ${control.className} ${control.textContent}`,
      ),
    ];
    const firstRows = first.getAllByTestId('meeting').map(drawn);
    removeFirstScreen();
    const full = render(<UpcomingView initialItems={rows} />);
    expect(full.getAllByTestId('meeting').map(drawn)).toEqual(firstRows);
    expect(full.getByRole('button', { name: 'Refreshing…' })).toBeTruthy();
  });

  it('says it is loading when nothing is cached', () => {
    const first = showFirstScreen(null);
    expect(first.queryByTestId('meeting')).toBeNull();
    expect(first.getAllByRole('status').map((s) => s.textContent)).toContain('Loading…');
  });
});

describe('the handover from the first screen to the full popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    englishMessages();
    answerMessages({ 'status.get': never, 'webex.status': never, 'upcoming.list': never });
  });
  afterEach(() => {
    cleanup();
    removeFirstScreen();
  });

  it.each([
    ['the Join link of a row', (root: HTMLElement) => within(root).getByRole('link', { name: 'Join' })],
    [
      'the Settings button',
      (root: HTMLElement) => within(root).getByRole('button', { name: 'Open settings' }),
    ],
    ['the Upcoming tab', (root: HTMLElement) => within(root).getByRole('tab', { name: 'Upcoming' })],
  ])('keeps the focus on %s when React takes over', async (_name, control) => {
    const root = document.createElement('div');
    root.append(buildFirstScreen(rows));
    document.body.append(root);
    const before = control(root);
    before.focus();
    showFullPopup(root, rows);
    await waitFor(() => expect(root.querySelector('main')).not.toBe(before.closest('main')));
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    const after = document.activeElement as HTMLElement;
    expect(after).not.toBe(before);
    expect(after.isConnected).toBe(true);
    expect([after.tagName, after.textContent, after.getAttribute('href')]).toEqual([
      before.tagName,
      before.textContent,
      before.getAttribute('href'),
    ]);
  });
});
