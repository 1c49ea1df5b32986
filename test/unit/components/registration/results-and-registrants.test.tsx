// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ExistingRegistrants } from '@/components/registration/existing-registrants';
import { RegistrantsPage } from '@/components/registration/registrants-page';
import { englishMessages } from '@/test/support/english-messages';
import { job, quietPage, TARGET } from '@/test/support/registration-views';
import { answerMessages, fail, ok } from '@/test/support/runtime-messages';

const people = [
  {
    line: 1,
    email: 'ada@example.org',
    firstName: 'Ada',
    outcome: { status: 'registered', registrantId: 'r1', joinUrl: 'https://zoom.us/w/1?tk=a' },
  },
  {
    line: 2,
    email: 'evil@example.org',
    firstName: '=HYPERLINK("http://x")',
    outcome: { status: 'failed', error: 'Zoom refused this address.' },
  },
];

describe('the results of a job', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  const done = job({
    state: 'done',
    counts: { ...job().counts, registered: 1, failed: 1, remaining: 0, total: 2 },
  });

  it('lists everyone with their outcome and join link, and exports a safe CSV', async () => {
    answerMessages({
      ...quietPage,
      'registration.jobs': () => ok({ jobs: [done] }),
      'registration.results': () => ok({ job: done, people }),
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:results'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<RegistrantsPage params={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show results' }));
    const link = await screen.findByRole('link', { name: 'Join link' });
    expect(link.getAttribute('href')).toBe('https://zoom.us/w/1?tk=a');
    expect(screen.getByText(/Zoom refused this address/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(click).toHaveBeenCalled();
    const csv = await blobs[0]!.text();
    expect(csv).toContain(
      '2,evil@example.org,"\'=HYPERLINK(""http://x"")",,failed,,,Zoom refused this address.',
    );
  });

  it('offers "retry the failed" for a finished job with failures', async () => {
    const sent = answerMessages({
      ...quietPage,
      'registration.jobs': () => ok({ jobs: [done] }),
      'registration.retryFailed': () => ok({ job: job({ state: 'queued' }) }),
    });
    render(<RegistrantsPage params={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Retry the 1 failed' }));
    await waitFor(() => expect(sent.some((m) => m.type === 'registration.retryFailed')).toBe(true));
  });

  it('shows why a control did nothing', async () => {
    answerMessages({
      ...quietPage,
      'registration.jobs': () => ok({ jobs: [job()] }),
      'registration.pause': () => fail('not-now', 'This job has ended already.'),
    });
    render(<RegistrantsPage params={{}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This job has ended already.');
  });
});

describe('the registrants already on the event', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  const registrants = [
    { id: 'a', email: 'ada@example.org', status: 'approved' },
    { id: 'l', email: 'linus@example.org', status: 'pending' },
    { id: 'm', email: 'margaret@example.org', status: 'pending' },
  ];

  it('approves the selected pending registrants, leaving approved ones out of it', async () => {
    const sent = answerMessages({
      'registrants.list': () => ok({ registrants }),
      'registrants.updateStatus': (p) => ok({ updated: (p as { ids: string[] }).ids.length }),
    });
    render(<ExistingRegistrants target={TARGET} revision={0} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect((await screen.findByRole('status')).textContent).toBe('2 registrants updated.');
    const update = sent.find((m) => m.type === 'registrants.updateStatus')!.payload;
    expect(update).toEqual({ target: TARGET, action: 'approve', ids: ['l', 'm'] });
  });

  it('says so when the event takes no registrations', async () => {
    answerMessages({
      'registrants.list': () => fail('registration-off', 'Registration is not turned on for this meeting.'),
    });
    render(<ExistingRegistrants target={TARGET} revision={0} />);
    expect((await screen.findByTestId('error-notice')).textContent).toContain('not turned on');
  });
});
