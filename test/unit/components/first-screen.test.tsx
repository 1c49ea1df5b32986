// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { UpcomingView } from '@/components/upcoming-view';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { FirstScreen } from '@/entrypoints/popup/first-screen';
import { answerMessages, englishMessagesMessages } from './render';

const never = () => new Promise<never>(() => {});
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
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it('shows the cached rows with a working Join link, and the buttons that need the background disabled', () => {
    render(<FirstScreen items={rows} />);
    const shown = screen.getAllByTestId('meeting');
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
    const first = render(<FirstScreen items={rows} />);
    const drawn = (row: HTMLElement) => [
      row.querySelector('.meta')?.textContent,
      [...row.querySelectorAll('.actions a, .actions button')].map((control) => control.textContent),
    ];
    const firstRows = first.getAllByTestId('meeting').map(drawn);
    cleanup();
    const full = render(<UpcomingView initialItems={rows} />);
    expect(full.getAllByTestId('meeting').map(drawn)).toEqual(firstRows);
    expect(full.getByRole('button', { name: 'Refreshing…' })).toBeTruthy();
  });

  it('says it is loading when nothing is cached', () => {
    render(<FirstScreen items={null} />);
    expect(screen.queryByTestId('meeting')).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Loading…');
  });
});
