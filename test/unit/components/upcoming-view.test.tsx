// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { UpcomingView } from '@/components/upcoming-view';
import { zoomProfileItem } from '@/lib/storage';
import { upcomingCacheItem } from '@/lib/popup/upcoming-items';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const profile = {
  userId: 'u1',
  displayName: 'Ada',
  email: 'a@x',
  accountType: 'licensed',
  accountId: 'a',
} as const;
const meeting = (id: string, topic: string) => ({
  provider: 'zoom' as const,
  id,
  kind: 'meeting' as const,
  topic,
  startTime: '2026-03-02T10:00:00Z',
  durationMinutes: 90,
  timezone: 'Europe/Paris',
  joinUrl: `https://zoom.us/j/${id}`,
});
const fresh = (items: unknown[], problems: unknown[] = []) => ({
  ok: true as const,
  data: { fetchedAt: 2, items, problems },
});
const never = () => new Promise<never>(() => {});

describe('the Upcoming view', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
    await zoomProfileItem.set(profile);
  });
  afterEach(cleanup);

  it('loading: says so while neither the cache nor Zoom has answered', async () => {
    answerMessages({ 'upcoming.list': never });
    render(<UpcomingView />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('data from cache first: shows the cached meetings while Zoom has not answered', async () => {
    await upcomingCacheItem.set({
      userId: 'u1',
      fetchedAt: 1,
      items: [meeting('81000000001', 'Cached sync')],
    });
    answerMessages({ 'upcoming.list': never });
    render(<UpcomingView />);
    await screen.findByText('Cached sync');
    expect(screen.getByRole('button', { name: 'Refreshing…' })).toBeTruthy();
  });

  it('never shows a cache of another account', async () => {
    await upcomingCacheItem.set({ userId: 'someone-else', fetchedAt: 1, items: [meeting('1', 'Not yours')] });
    answerMessages({ 'upcoming.list': never });
    render(<UpcomingView />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText('Not yours')).toBeNull();
  });

  it('data from the network: topic, time in the person’s locale, duration, and the actions', async () => {
    answerMessages({ 'upcoming.list': () => fresh([meeting('81000000001', 'Weekly sync')]) });
    render(<UpcomingView />);
    await screen.findByText('Weekly sync');
    const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2026-03-02T10:00:00Z'),
    );
    expect(screen.getByText((text) => text.includes(when) && text.includes('1 hr 30 min'))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    const join = screen.getByRole('menuitem', { name: 'Join' });
    expect(join.getAttribute('href')).toBe('https://zoom.us/j/81000000001');
    expect(join.getAttribute('rel')).toBe('noopener noreferrer');
    for (const name of ['Copy join link', 'Copy invitation', 'Registrants', 'Live stream'])
      expect(screen.getByRole('menuitem', { name })).toBeTruthy();
  });

  it('empty: says there is nothing upcoming', async () => {
    answerMessages({ 'upcoming.list': () => fresh([]) });
    render(<UpcomingView />);
    expect((await screen.findByTestId('upcoming-empty')).textContent).toBe(
      'No upcoming meetings or webinars.',
    );
  });

  it('error, signed out: says to sign in, offers the settings, and hides the cached list', async () => {
    await upcomingCacheItem.set({ userId: 'u1', fetchedAt: 1, items: [meeting('1', 'Cached')] });
    answerMessages({
      'upcoming.list': () => ({
        ok: false,
        error: { code: 'signed-out', message: 'You are not signed in.' },
      }),
    });
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    render(<UpcomingView />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You are not signed in to Zoom or Webex. Sign in from the settings');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(openOptions).toHaveBeenCalled();
    expect(screen.queryByText('Cached')).toBeNull();
  });

  it('error, offline: keeps Zoom’s sentence and retries on request', async () => {
    const sent = answerMessages({
      'upcoming.list': () => ({ ok: false, error: { code: 'network', message: 'Could not reach Zoom.' } }),
    });
    render(<UpcomingView />);
    await screen.findByText('Could not reach Zoom.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(sent.filter((m) => m.type === 'upcoming.list')).toHaveLength(2));
  });

  it('copies the invitation fetched on click, and says when the meeting is gone', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    answerMessages({
      'upcoming.list': () => fresh([meeting('1', 'Sync'), meeting('2', 'Gone')]),
      'meeting.invitation': (p) =>
        (p as { id: string }).id === '1'
          ? { ok: true, data: { invitation: 'Ada is inviting you\r\nJoin Zoom Meeting' } }
          : { ok: false, error: { code: 'meeting-gone', message: 'gone' } },
    });
    render(<UpcomingView />);
    const [first, second] = (await screen.findAllByTestId('meeting')).map((row) => within(row));
    fireEvent.click(first!.getByRole('button', { name: 'More' }));
    fireEvent.click(first!.getByRole('menuitem', { name: 'Copy invitation' }));
    await first!.findByText('Invitation copied.');
    expect(writeText).toHaveBeenCalledWith('Ada is inviting you\r\nJoin Zoom Meeting');
    fireEvent.click(second!.getByRole('button', { name: 'More' }));
    fireEvent.click(second!.getByRole('menuitem', { name: 'Copy invitation' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This meeting no longer exists on Zoom.',
    );
  });
});
