// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { InvitationResult } from '@/components/invitation-result';
import { RegistrantCounts } from '@/components/registrant-counts';
import { nextFullHour, ScheduleForm } from '@/components/schedule-form';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

function clipboard(write: () => Promise<void>) {
  const writeText = vi.fn(write);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('the invitation result', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('copies the invitation at once and shows it', async () => {
    const writeText = clipboard(async () => {});
    render(<InvitationResult text={'Line 1\r\nLine 2'} />);
    await screen.findByText('The invitation is on the clipboard.');
    expect(writeText).toHaveBeenCalledWith('Line 1\r\nLine 2');
    expect(screen.getByTestId('invitation').textContent).toBe('Line 1\r\nLine 2');
  });

  it('says to press Copy when the browser refuses', async () => {
    clipboard(async () => Promise.reject(new Error('not allowed')));
    render(<InvitationResult text="x" />);
    await screen.findByText(/did not allow copying automatically/);
    expect(screen.getByRole('button', { name: 'Copy invitation' })).toBeTruthy();
  });
});

describe('the schedule form', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('starts at the next full hour and sends topic, start, duration and the person’s zone', async () => {
    const now = () => new Date(2026, 4, 6, 9, 41);
    expect(nextFullHour(now())).toBe('2026-05-06T10:00');
    const sent = answerMessages({
      'meeting.schedule': () => ({
        ok: true,
        data: {
          item: {
            provider: 'zoom',
            id: '1',
            kind: 'meeting',
            topic: 'Roadmap',
            joinUrl: 'https://zoom.us/j/1',
          },
          invitation: 'inv',
        },
      }),
    });
    const onScheduled = vi.fn();
    render(<ScheduleForm initialTopic="Roadmap" onScheduled={onScheduled} now={now} />);
    fireEvent.change(screen.getByLabelText('Duration (minutes)'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and copy invitation' }));
    await waitFor(() => expect(onScheduled).toHaveBeenCalled());
    expect(sent[0]!.payload).toEqual({
      topic: 'Roadmap',
      start: '2026-05-06T10:00',
      duration: 45,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('refuses an empty topic or a zero duration before sending, and shows Zoom’s error', async () => {
    const sent = answerMessages({
      'meeting.schedule': () => ({
        ok: false,
        error: { code: 'http', message: 'Zoom refused the request.' },
      }),
    });
    render(<ScheduleForm onScheduled={() => {}} />);
    // Submitted past the browser's own `required` check, which the schema backs up.
    fireEvent.submit(screen.getByTestId('schedule-form'));
    await screen.findByText(/Enter a topic, a start and a duration/);
    expect(sent).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'Sync' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule and copy invitation' }));
    await screen.findByText('Zoom refused the request.');
  });
});

describe('registrant counts', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('loading, then counts; no "Manage" until registrants.html exists', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('not found'));
    answerMessages({
      'registrants.counts': () => ({ ok: true, data: { enabled: true, approved: 3, pending: 2 } }),
    });
    render(<RegistrantCounts event={{ id: '3', kind: 'meeting' }} page="registrants.html?meeting=3" />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect((await screen.findByTestId('registrant-counts')).textContent).toContain(
      '3 registered, 2 awaiting approval',
    );
    expect(screen.queryByRole('button', { name: 'Manage registrants' })).toBeNull();
  });

  it('offers "Manage registrants" once the page is built, and says when registration is off', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 200 }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    answerMessages({
      'registrants.counts': () => ({ ok: true, data: { enabled: true, approved: 1, pending: 0 } }),
    });
    render(<RegistrantCounts event={{ id: '3', kind: 'meeting' }} page="registrants.html?meeting=3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Manage registrants' }));
    expect(create.mock.calls[0]![0].url).toMatch(/registrants\.html\?meeting=3$/);
    cleanup();
    answerMessages({ 'registrants.counts': () => ({ ok: true, data: { enabled: false } }) });
    render(<RegistrantCounts event={{ id: '4', kind: 'meeting' }} page="registrants.html?meeting=4" />);
    expect((await screen.findByTestId('registrant-counts')).textContent).toBe(
      'Registration is off for this meeting.',
    );
  });

  it('asks for a Webex meeting by provider, opens its page, and words its errors for Webex', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 200 }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const id = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
    const sent = answerMessages({
      'registrants.counts': () => ({ ok: true, data: { enabled: true, approved: 2, pending: 2 } }),
    });
    const page = `registrants.html?provider=webex&meeting=${id}`;
    render(<RegistrantCounts event={{ id, kind: 'meeting', provider: 'webex' }} page={page} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Manage registrants' }));
    expect(sent[0]!.payload).toEqual({ id, kind: 'meeting', provider: 'webex' });
    expect(create.mock.calls[0]![0].url).toMatch(/registrants\.html\?provider=webex&meeting=5b1e0a8c/);
    cleanup();
    answerMessages({
      'registrants.counts': () => ({ ok: false, error: { code: 'signed-out', message: 'x' } }),
    });
    render(<RegistrantCounts event={{ id, kind: 'meeting', provider: 'webex' }} page={page} />);
    expect((await screen.findByRole('alert')).textContent).toContain('not signed in to Webex');
  });
});
