// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GuestPanel } from '@/components/registration/guest-panel';
import { englishMessages } from '@/test/support/english-messages';
import { job } from '@/test/support/registration-views';
import { answerMessages, ok } from '@/test/support/runtime-messages';

const guests = [
  { email: 'Ada@example.org', name: 'Ada' },
  { email: 'linus@example.org' },
  { email: 'new@example.org' },
];
const registrants = [
  { id: 'a', email: 'ada@example.org', status: 'approved' },
  { id: 'l', email: 'linus@example.org', status: 'pending' },
  { id: 'x', email: 'removed@example.org', firstName: 'Rem', lastName: 'Oved', status: 'approved' },
  { id: 'd', email: 'denied@example.org', status: 'denied' },
];

describe('the registrants panel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
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

  it('disables Register on the first click: a double click starts one job', async () => {
    let release!: () => void;
    const sent = answerMessages({
      'registrants.list': () => ok({ registrants }),
      'registration.jobs': () => ok({ jobs: [] }),
      'registration.start': () =>
        new Promise((resolve) => {
          release = () => resolve(ok({ jobId: 'job-9' }));
        }),
    });
    render(<GuestPanel provider="zoom" meetingId="81000000002" guests={guests} />);
    const button = await screen.findByRole('button', { name: 'Register the 1 unregistered guests' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(button).toHaveProperty('disabled', true));
    fireEvent.click(button);
    release();
    await waitFor(() => expect(sent.some((m) => m.type === 'registration.start')).toBe(true));
    expect(sent.filter((m) => m.type === 'registration.start')).toHaveLength(1);
  });

  it('cancels registrants who are no longer guests (not the denied) only after confirming their names', async () => {
    const sent = answerMessages({
      'registrants.list': () => ok({ registrants }),
      'registration.jobs': () => ok({ jobs: [] }),
      'registrants.updateStatus': () => ok({ updated: 1 }),
    });
    render(<GuestPanel provider="zoom" meetingId="81000000002" guests={guests} />);
    await screen.findByRole('heading', { name: '1 registered but no longer guests' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel their registration' }));
    // Nothing is sent yet: the names are shown first.
    const names = await screen.findByTestId('panel-cancel-names');
    expect(names.textContent).toBe('Rem Oved <removed@example.org>');
    expect(sent.some((m) => m.type === 'registrants.updateStatus')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(screen.queryByTestId('panel-cancel-names')).toBeNull();
    expect(sent.some((m) => m.type === 'registrants.updateStatus')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel their registration' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel 1 registrations' }));
    await waitFor(() => expect(sent.some((m) => m.type === 'registrants.updateStatus')).toBe(true));
    expect(sent.find((m) => m.type === 'registrants.updateStatus')!.payload).toEqual({
      target: { provider: 'zoom', kind: 'meeting', id: '81000000002' },
      action: 'cancel',
      ids: ['x'],
    });
  });
});
