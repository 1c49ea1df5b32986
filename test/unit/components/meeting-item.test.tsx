// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MeetingItem } from '@/components/meeting-item';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const zoomMeeting: UpcomingItem = {
  provider: 'zoom',
  id: '81000000001',
  kind: 'meeting',
  topic: 'Weekly sync',
  startTime: '2026-03-02T10:00:00Z',
  durationMinutes: 60,
  joinUrl: 'https://zoom.us/j/81000000001',
};
const webexMeeting: UpcomingItem = {
  provider: 'webex',
  id: '5b1e0a8c9d2f4e6a8b0c1d2e3f405162',
  kind: 'meeting',
  topic: 'Partner training',
  startTime: '2026-03-02T12:00:00Z',
  durationMinutes: 90,
  joinUrl: 'https://sandbox.webex.example/j/26512345678',
};
const zoomWebinar: UpcomingItem = { ...zoomMeeting, id: '82000000001', kind: 'webinar', topic: 'Launch' };

const renderRow = (item: UpcomingItem) =>
  render(
    <ul>
      <MeetingItem item={item} onGone={() => {}} />
    </ul>,
  );
const more = () => screen.getByRole('button', { name: 'More' });
const menuItems = () => within(screen.getByRole('menu')).getAllByRole('menuitem');
const names = () => menuItems().map((item) => item.textContent);

describe('a row of Upcoming', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('Zoom meeting: Start is the one primary action; the rest wait in a closed menu', () => {
    renderRow(zoomMeeting);
    const row = screen.getByTestId('meeting');
    const visible = within(row).getAllByRole('button');
    expect(visible.map((b) => b.textContent)).toEqual(['Start', 'More ▾']);
    expect(visible[0]!.className).toContain('primary');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(more().getAttribute('aria-haspopup')).toBe('menu');
    expect(more().getAttribute('aria-expanded')).toBe('false');
    // The menu button says which meeting it belongs to.
    expect(more().getAttribute('aria-describedby')).toBe(row.querySelector('h3')!.id);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(row.querySelector('svg[data-logo="zoom"][aria-hidden="true"]')).toBeTruthy();
    expect(within(row).getByTestId('provider').textContent).toBe('Zoom');
  });

  it('Zoom meeting: the menu holds Join, the copies, registrants and the live stream', async () => {
    renderRow(zoomMeeting);
    fireEvent.click(more());
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(more().getAttribute('aria-controls')).toBe(screen.getByRole('menu').id);
    expect(names()).toEqual(['Join', 'Copy join link', 'Copy invitation', 'Registrants', 'Live stream']);
    const join = menuItems()[0]!;
    expect(join.getAttribute('href')).toBe(zoomMeeting.joinUrl);
    expect(join.getAttribute('rel')).toBe('noopener noreferrer');
    await waitFor(() => expect(document.activeElement).toBe(join));
  });

  it('Zoom webinar: no invitation and no live stream in the menu', () => {
    renderRow(zoomWebinar);
    fireEvent.click(more());
    expect(names()).toEqual(['Join', 'Copy join link', 'Registrants']);
  });

  it('Webex meeting: Join is the primary action (the host starts by joining); no Start, no stream', () => {
    renderRow(webexMeeting);
    const row = screen.getByTestId('meeting');
    const join = within(row).getByRole('link', { name: 'Join' });
    expect(join.className).toContain('primary');
    expect(join.getAttribute('href')).toBe(webexMeeting.joinUrl);
    expect(within(row).queryByRole('button', { name: 'Start' })).toBeNull();
    expect(row.querySelector('svg[data-logo="webex"]')).toBeTruthy();
    fireEvent.click(more());
    expect(names()).toEqual(['Copy join link', 'Copy invitation', 'Registrants']);
  });

  it('works from the keyboard: arrows, Home, End, Escape back to the button, Tab away', async () => {
    const user = userEvent.setup();
    renderRow(zoomMeeting);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(more());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.textContent).toBe('Join');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.textContent).toBe('Copy join link');
    await user.keyboard('{End}');
    expect(document.activeElement!.textContent).toBe('Live stream');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement!.textContent).toBe('Join');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement!.textContent).toBe('Live stream');
    await user.keyboard('{Home}');
    expect(document.activeElement!.textContent).toBe('Join');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(more());
    expect(more().getAttribute('aria-expanded')).toBe('false');

    await user.keyboard('{ArrowUp}');
    expect(document.activeElement!.textContent).toBe('Live stream');
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('Enter on a menu item chooses it: the registrants panel opens and takes the focus', async () => {
    const user = userEvent.setup();
    answerMessages({
      'registrants.counts': () => ({ ok: true, data: { enabled: true, approved: 3, pending: 1 } }),
    });
    renderRow(zoomMeeting);
    more().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement!.textContent).toBe('Registrants');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect((await screen.findByTestId('registrant-counts')).textContent).toContain(
      '3 registered, 1 awaiting approval',
    );
    const panel = screen.getByTestId('panel-registrants');
    await waitFor(() => expect(document.activeElement).toBe(panel));
    expect(within(panel).getByRole('heading', { name: 'Registrants' })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Hide' }));
    expect(screen.queryByTestId('panel-registrants')).toBeNull();
    expect(document.activeElement).toBe(more());
  });

  it('opens the live stream from the menu', async () => {
    answerMessages({ 'livestream.get': () => new Promise(() => {}) });
    renderRow(zoomMeeting);
    fireEvent.click(more());
    fireEvent.click(screen.getByRole('menuitem', { name: 'Live stream' }));
    expect(screen.getByTestId('panel-livestream')).toBeTruthy();
    expect(screen.queryByTestId('panel-registrants')).toBeNull();
  });

  it('copies the invitation from the menu and says so in the row', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const sent = answerMessages({
      'meeting.invitation': () => ({ ok: true, data: { invitation: 'Ada is inviting you' } }),
    });
    renderRow(webexMeeting);
    fireEvent.click(more());
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy invitation' }));
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Invitation copied.'));
    expect(writeText).toHaveBeenCalledWith('Ada is inviting you');
    expect(sent[0]!.payload).toEqual({ id: webexMeeting.id, provider: 'webex' });

    fireEvent.click(more());
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy join link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Join link copied.'));
    expect(writeText).toHaveBeenLastCalledWith(webexMeeting.joinUrl);
  });

  it('says when the meeting is gone instead of copying', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    answerMessages({
      'meeting.invitation': () => ({ ok: false, error: { code: 'meeting-gone', message: 'gone' } }),
    });
    renderRow(zoomMeeting);
    fireEvent.click(more());
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy invitation' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This meeting no longer exists on Zoom.',
    );
    expect(screen.getByRole('status').textContent).toBe('');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('a click outside closes the menu', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">elsewhere</button>
        <ul>
          <MeetingItem item={zoomMeeting} onGone={() => {}} />
        </ul>
      </>,
    );
    await user.click(more());
    expect(screen.getByRole('menu')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
