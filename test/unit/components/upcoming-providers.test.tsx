// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { UpcomingView } from '@/components/upcoming-view';
import { webexProfileItem, zoomProfileItem } from '@/lib/storage';
import { upcomingCacheItem, webexUpcomingCacheItem } from '@/lib/popup/upcoming-items';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const WEBEX_ID = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
const zoomRow = {
  provider: 'zoom' as const,
  id: '81000000001',
  kind: 'meeting' as const,
  topic: 'Zoom sync',
  startTime: '2026-03-03T10:00:00Z',
  durationMinutes: 60,
  joinUrl: 'https://zoom.us/j/81000000001',
};
const webexRow = {
  provider: 'webex' as const,
  id: WEBEX_ID,
  kind: 'meeting' as const,
  topic: 'Webex training',
  startTime: '2026-03-02T10:00:00Z',
  durationMinutes: 90,
  timezone: 'Europe/Paris',
  joinUrl: 'https://sandbox.webex.example/j/26512345678',
};
const fresh = (items: unknown[], problems: unknown[] = []) => ({
  ok: true as const,
  data: { fetchedAt: 2, items, problems },
});
const never = () => new Promise<never>(() => {});
const rowOf = (topic: string) => screen.getByText(topic).closest('li')!;

describe('the Upcoming view with Zoom and Webex', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
    await zoomProfileItem.set({
      userId: 'u1',
      displayName: 'Ada',
      email: 'a@x',
      accountType: 'licensed',
      accountId: 'a',
    });
    await webexProfileItem.set({ userId: 'w1', displayName: 'Wendy', email: 'w@x', orgId: 'o' });
  });
  afterEach(cleanup);

  it('lists both providers in the order given, each row marked with its provider', async () => {
    answerMessages({ 'upcoming.list': () => fresh([webexRow, zoomRow]) });
    render(<UpcomingView />);
    await screen.findByText('Webex training');
    const rows = screen.getAllByTestId('meeting');
    expect(rows.map((r) => r.querySelector('h3')!.textContent)).toEqual(['Webex training', 'Zoom sync']);
    expect(rows.map((r) => within(r).getByTestId('provider').textContent)).toEqual(['Webex', 'Zoom']);
  });

  it('offers a Webex row Join, and copy link, copy invitation and registrants in its menu, but no Start', async () => {
    answerMessages({ 'upcoming.list': () => fresh([webexRow, zoomRow]) });
    render(<UpcomingView />);
    await screen.findByText('Webex training');
    const webex = within(rowOf('Webex training'));
    expect(webex.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(webexRow.joinUrl);
    fireEvent.click(webex.getByRole('button', { name: 'More' }));
    expect(webex.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Copy join link',
      'Copy invitation',
      'Registrants',
    ]);
    expect(webex.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(within(rowOf('Zoom sync')).getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('copies the invitation the background composes for a Webex meeting, asking by provider', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const sent = answerMessages({
      'upcoming.list': () => fresh([webexRow]),
      'meeting.invitation': () => ({ ok: true, data: { invitation: 'Webex training\nJoin the meeting:' } }),
    });
    render(<UpcomingView />);
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy invitation' }));
    await screen.findByText('Invitation copied.');
    expect(writeText).toHaveBeenCalledWith('Webex training\nJoin the meeting:');
    expect(sent.find((m) => m.type === 'meeting.invitation')!.payload).toEqual({
      id: WEBEX_ID,
      provider: 'webex',
    });
  });

  it('says a deleted Webex meeting is gone from Webex, not from Zoom', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn() }, configurable: true });
    answerMessages({
      'upcoming.list': () => fresh([webexRow]),
      'meeting.invitation': () => ({ ok: false, error: { code: 'meeting-gone', message: 'gone' } }),
    });
    render(<UpcomingView />);
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy invitation' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This meeting no longer exists on Webex.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a Webex meeting’s registrant counts and offers no live stream', async () => {
    const sent = answerMessages({
      'upcoming.list': () => fresh([webexRow]),
      'registrants.counts': () => ({ ok: true, data: { enabled: true, approved: 2, pending: 2 } }),
    });
    render(<UpcomingView />);
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    expect(screen.queryByRole('menuitem', { name: 'Live stream' })).toBeNull();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Registrants' }));
    expect((await screen.findByTestId('registrant-counts')).textContent).toContain(
      '2 registered, 2 awaiting approval',
    );
    expect(sent.find((m) => m.type === 'registrants.counts')!.payload).toEqual({
      id: WEBEX_ID,
      kind: 'meeting',
      provider: 'webex',
    });
    expect(sent.some((m) => m.type === 'livestream.get')).toBe(false);
    expect(screen.queryByTestId('livestream')).toBeNull();
  });

  it('keeps Zoom’s rows when Webex failed, and says to sign in to Webex', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    answerMessages({
      'upcoming.list': () =>
        fresh([zoomRow], [{ provider: 'webex', code: 'signed-out', message: 'Your Webex session ended.' }]),
    });
    render(<UpcomingView />);
    await screen.findByText('Zoom sync');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('You are not signed in to Webex.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Sign in' }));
    expect(openOptions).toHaveBeenCalled();
  });

  it('shows both accounts’ caches merged before the network answers, and no other Webex account’s', async () => {
    await upcomingCacheItem.set({ userId: 'u1', fetchedAt: 1, items: [zoomRow] });
    await webexUpcomingCacheItem.set({ userId: 'w1', fetchedAt: 1, items: [webexRow] });
    answerMessages({ 'upcoming.list': never });
    render(<UpcomingView />);
    await screen.findByText('Zoom sync');
    expect(screen.getAllByTestId('meeting').map((r) => r.querySelector('h3')!.textContent)).toEqual([
      'Webex training',
      'Zoom sync',
    ]);
    cleanup();

    await webexUpcomingCacheItem.set({ userId: 'someone-else', fetchedAt: 1, items: [webexRow] });
    render(<UpcomingView />);
    await screen.findByText('Zoom sync');
    expect(screen.queryByText('Webex training')).toBeNull();
  });
});
