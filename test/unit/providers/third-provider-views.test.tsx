// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { THIRD_BRAND } from '@/test/support/third-provider-brand';
import { MeetingItem } from '@/components/meeting-item';
import { App as InvitationApp } from '@/entrypoints/invitation/app';
import { createButtonView } from '@/lib/calendar/content/button-view';
import { itemActions } from '@/lib/popup/item-actions';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { englishMessages, t } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';
import { keepShadowRoots, personClick, rootOf } from '@/test/support/shadow-roots';

keepShadowRoots();

// The views with a third provider in the brand list (as third-provider.test.ts registers one): the
// calendar button, the popup's row and the invitation window draw and name it from its brand, offer
// what its brand says, and have no branch that sends it down Zoom's or Webex's path.
vi.mock('@/lib/brands/brands', async (importOriginal) => {
  const { brandsWithThird } = await import('@/test/support/third-provider-brand');
  return brandsWithThird(await importOriginal());
});

const item: UpcomingItem = {
  provider: THIRD_BRAND.key,
  id: 'T42',
  kind: 'meeting',
  topic: 'Planning',
  startTime: '2026-03-02T10:00:00Z',
  durationMinutes: 60,
  joinUrl: 'https://meet.third.example/T42',
};

describe('a third provider in the views', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('the calendar button offers "Add Third meeting" with its mark, and adds with it', () => {
    const add = vi.fn();
    const view = createButtonView(document, t, {
      add,
      confirm: vi.fn(),
      copyLink: vi.fn(async () => {}),
      remove: vi.fn(),
      signIn: vi.fn(),
    });
    view.setProviders({ defaultProvider: 'zoom', connected: [THIRD_BRAND.key] });
    const buttons = [...rootOf(view.host).querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Add Zoom meeting', 'Add Third meeting']);
    expect(buttons[1]!.querySelector('rect')!.getAttribute('fill')).toBe('#5b3cc4');
    personClick(buttons[1]!);
    expect(add).toHaveBeenCalledWith('third');
  });

  it('a popup row names it, joins (no start link), and opens its own registrants page', async () => {
    answerMessages({
      'registrants.counts': () => ({ ok: true, data: { enabled: true, approved: 2, pending: 0 } }),
    });
    render(
      <ul>
        <MeetingItem item={item} onGone={() => {}} />
      </ul>,
    );
    const row = screen.getByTestId('meeting');
    expect(within(row).getByTestId('provider').textContent).toBe('Third');
    expect(within(row).getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(item.joinUrl);
    expect(within(row).queryByRole('button', { name: 'Start' })).toBeNull();
    expect(row.querySelector('svg[data-logo="third"]')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'More' }));
    const menu = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(menu.map((m) => m.textContent)).toEqual(['Copy join link', 'Copy invitation', 'Registrants']);
    expect(itemActions(item).registrantsPage).toBe('registrants.html?provider=third&meeting=T42');
  });

  it('the invitation window asks Third for its meeting’s invitation and is titled in its name', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => {}) },
      configurable: true,
    });
    window.history.replaceState({}, '', '/invitation.html?provider=third&meeting=T42');
    const sent = answerMessages({
      'meeting.invitation': () => ({ ok: true, data: { invitation: 'Join the Third meeting T42' } }),
    });
    render(<InvitationApp />);
    expect((await screen.findByTestId('invitation')).textContent).toBe('Join the Third meeting T42');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Third invitation');
    expect(sent[0]!.payload).toEqual({ provider: 'third', id: 'T42' });
    cleanup();
    window.history.replaceState({}, '', '/invitation.html?provider=third&meeting=..%2Fpeople');
    render(<InvitationApp />);
    expect(screen.getByRole('alert').textContent).toBe('This is not a Third meeting.');
  });
});
