// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GuestPanel } from '@/components/registration/guest-panel';
import { readPanelParams } from '@/components/registration/panel-params';
import { answerMessages, englishMessagesMessages } from '../render';
import { job, ok } from './fixtures';

const guests = [
  { email: 'Ada@example.org', name: 'Ada' },
  { email: 'linus@example.org' },
  { email: 'new@example.org' },
];
const registrants = [
  { id: 'a', email: 'ada@example.org', status: 'approved' },
  { id: 'l', email: 'linus@example.org', status: 'pending' },
  { id: 'x', email: 'removed@example.org', status: 'approved' },
  { id: 'd', email: 'denied@example.org', status: 'denied' },
];

describe('the registrants panel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await englishMessagesMessages();
  });
  afterEach(cleanup);

  it("shows each guest's status, registers the unregistered in one click", async () => {
    const sent = answerMessages({
      'registrants.list': () => ok({ registrants }),
      'registration.jobs': () => ok({ jobs: [job({ id: 'job-9', state: 'queued' })] }),
      'registration.start': () => ok({ jobId: 'job-9' }),
    });
    render(<GuestPanel provider="zoom" meetingId="81000000002" guests={guests} />);
    await screen.findByText('Ada <Ada@example.org>');
    const status = (email: string) => screen.getByText(email).closest('tr')!.getAttribute('data-status');
    expect(status('linus@example.org')).toBe('pending');
    expect(status('new@example.org')).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'Register the 1 unregistered guests' }));
    await screen.findByTestId('panel-job');
    const start = sent.find((m) => m.type === 'registration.start')!.payload;
    expect(start).toEqual({
      target: { provider: 'zoom', kind: 'meeting', id: '81000000002' },
      input: { kind: 'guests', guests: [{ email: 'new@example.org' }] },
      options: {},
    });
  });

  it('offers to cancel registrants who are no longer guests (not the denied)', async () => {
    const sent = answerMessages({
      'registrants.list': () => ok({ registrants }),
      'registration.jobs': () => ok({ jobs: [] }),
      'registrants.updateStatus': () => ok({ updated: 1 }),
    });
    render(<GuestPanel provider="zoom" meetingId="81000000002" guests={guests} />);
    await screen.findByRole('heading', { name: '1 registered but no longer guests' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel their registration' }));
    await waitFor(() => expect(sent.some((m) => m.type === 'registrants.updateStatus')).toBe(true));
    expect(sent.find((m) => m.type === 'registrants.updateStatus')!.payload).toEqual({
      target: { provider: 'zoom', kind: 'meeting', id: '81000000002' },
      action: 'cancel',
      ids: ['x'],
    });
  });

  it('reads its meeting and guests from the fragment, and refuses malformed ones', () => {
    const hash = `#meeting=81000000002&guests=${encodeURIComponent(JSON.stringify(guests))}`;
    expect(readPanelParams(hash)).toEqual({ provider: 'zoom', meetingId: '81000000002', guests });
    const webex = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
    expect(readPanelParams(`#provider=webex&meeting=${webex}&guests=[]`)).toEqual({
      provider: 'webex',
      meetingId: webex,
      guests: [],
    });
    // A Webex id is not a Zoom id, and an unknown provider is refused outright.
    expect(readPanelParams(`#meeting=${webex}&guests=[]`)).toBeUndefined();
    expect(readPanelParams('#provider=teams&meeting=81000000002&guests=[]')).toBeUndefined();
    expect(readPanelParams('#meeting=1&guests=[]')).toBeUndefined();
    expect(readPanelParams('#meeting=81000000002&guests={')).toBeUndefined();
  });
});
