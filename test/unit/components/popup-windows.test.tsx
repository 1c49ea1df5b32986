// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App as InvitationApp } from '@/entrypoints/invitation/app';
import { App as PopupApp } from '@/entrypoints/popup/app';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const WEBEX_ID = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
const wendy = { userId: 'w1', displayName: 'Wendy Host', email: 'w@x', orgId: 'o' };
const never = () => new Promise<never>(() => {});

describe('the popup with only Webex connected', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('says who is connected to Webex, and that summaries need a Zoom account', async () => {
    const sent = answerMessages({
      'status.get': () => ({ ok: true, data: { zoom: { connected: false } } }),
      'webex.status': () => ({ ok: true, data: { connected: true, user: wendy } }),
      'upcoming.list': never,
    });
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    render(<PopupApp />);
    // The same sentence as Zoom's line, with the provider's mark.
    const webexLine = await screen.findByTestId('webex-connection-status');
    expect(webexLine.textContent).toBe(`Signed in to Webex as Wendy Host (${wendy.email})`);
    expect(webexLine.querySelector('svg[data-logo="webex"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Summaries' }));
    expect((await screen.findByTestId('summaries-need-zoom')).textContent).toContain('need a Zoom account');
    expect(sent.some((m) => m.type === 'summaries.list')).toBe(false);
    const panel = screen.getByTestId('summaries-need-zoom').closest('section')!;
    fireEvent.click(within(panel).getByRole('button', { name: 'Open settings' }));
    expect(openOptions).toHaveBeenCalled();
  });

  it('shows the summaries when Zoom is connected', async () => {
    const sent = answerMessages({
      'status.get': () => ({
        ok: true,
        data: {
          zoom: {
            connected: true,
            user: { userId: 'u1', displayName: 'Ada', email: 'a@x', accountType: 'licensed', accountId: 'a' },
          },
        },
      }),
      'webex.status': () => ({ ok: true, data: { connected: false } }),
      'upcoming.list': never,
      'summaries.list': () => ({ ok: true, data: { summaries: [] } }),
    });
    render(<PopupApp />);
    await screen.findByText('Signed in to Zoom as Ada (a@x)');
    fireEvent.click(screen.getByRole('tab', { name: 'Summaries' }));
    await screen.findByTestId('summaries-empty');
    expect(sent.some((m) => m.type === 'summaries.list')).toBe(true);
    expect(screen.queryByTestId('webex-connection-status')).toBeNull();
  });
});

describe('the invitation window', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => {}) },
      configurable: true,
    });
  });
  afterEach(cleanup);

  it('asks for a Webex meeting’s composed invitation by provider', async () => {
    window.history.replaceState({}, '', `/invitation.html?provider=webex&meeting=${WEBEX_ID}`);
    const sent = answerMessages({
      'meeting.invitation': () => ({ ok: true, data: { invitation: 'Webex training\nJoin the meeting:' } }),
    });
    render(<InvitationApp />);
    expect((await screen.findByTestId('invitation')).textContent).toBe('Webex training\nJoin the meeting:');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Webex invitation');
    expect(sent[0]!.payload).toEqual({ provider: 'webex', id: WEBEX_ID });
  });

  it('keeps Zoom’s address as it was, and refuses an id that is not the provider’s', async () => {
    window.history.replaceState({}, '', '/invitation.html?meeting=81000000001');
    const sent = answerMessages({
      'meeting.invitation': () => ({ ok: true, data: { invitation: 'Zoom text' } }),
    });
    render(<InvitationApp />);
    await screen.findByText('Zoom text');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Zoom invitation');
    expect(sent[0]!.payload).toEqual({ provider: 'zoom', id: '81000000001' });
    cleanup();
    window.history.replaceState({}, '', '/invitation.html?provider=webex&meeting=..%2Fpeople');
    render(<InvitationApp />);
    expect(screen.getByRole('alert').textContent).toBe('This is not a Webex meeting.');
    window.history.replaceState({}, '', `/invitation.html?meeting=${WEBEX_ID}`);
    cleanup();
    render(<InvitationApp />);
    expect(screen.getByRole('alert').textContent).toBe('This is not a Zoom meeting.');
    window.history.replaceState({}, '', '/invitation.html?provider=other&meeting=1');
    cleanup();
    render(<InvitationApp />);
    expect(screen.getByRole('alert').textContent).toBe('This is not a Zoom or Webex meeting link.');
  });
});
