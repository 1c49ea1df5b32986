// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RegistrantsPage } from '@/components/registration/registrants-page';
import type { JobProgressView } from '@/lib/protocol/registration';
import { englishMessages } from '@/test/support/english-messages';
import { job, preview, quietPage, TARGET } from '@/test/support/registration-views';
import { answerMessages, ok } from '@/test/support/runtime-messages';

const push = (view: JobProgressView) =>
  fakeBrowser.runtime.onMessage.trigger({ type: 'registration.progress', job: view }, {});

const at = (iso: string) => Date.parse(iso);
const localTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

describe('jobs on the registrants page say what is true now', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('"you can close this page" only while the job runs; "finished" once it is done', async () => {
    answerMessages({
      ...quietPage,
      'registration.prepare': () => ok(preview()),
      'registration.start': () => ok({ jobId: 'job-1' }),
    });
    render(<RegistrantsPage params={{ target: TARGET, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Register 1 people' }));
    expect((await screen.findByTestId('job-started')).textContent).toMatch(/^Registration started/);

    await push(job({ state: 'running' }));
    expect(screen.getByTestId('job-started')).toBeTruthy();
    await push(job({ state: 'done', counts: { ...job().counts, registered: 100, remaining: 0 } }));
    await waitFor(() => expect(screen.queryByTestId('job-started')).toBeNull());
    expect(screen.getByTestId('job-finished').textContent).toBe(
      'Registration finished. Its results are in the job below.',
    );
  });

  it('a paused or cancelled job takes the "started" sentence away and says nothing false in its place', async () => {
    answerMessages({
      ...quietPage,
      'registration.prepare': () => ok(preview()),
      'registration.start': () => ok({ jobId: 'job-1' }),
    });
    render(<RegistrantsPage params={{ target: TARGET, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Register 1 people' }));
    await screen.findByTestId('job-started');
    await push(job({ state: 'paused', reason: 'Zoom refused the token.' }));
    await waitFor(() => expect(screen.queryByTestId('job-started')).toBeNull());
    expect(screen.queryByTestId('job-finished')).toBeNull();
    await push(job({ state: 'cancelled' }));
    expect(screen.queryByTestId('job-started')).toBeNull();
    expect(screen.queryByTestId('job-finished')).toBeNull();
  });

  it('two finished jobs with one title are told apart by when they ran', async () => {
    const morning = job({
      id: 'a',
      state: 'done',
      createdAt: at('2026-03-02T08:05:00Z'),
      updatedAt: at('2026-03-02T08:09:00Z'),
      counts: { ...job().counts, registered: 100, remaining: 0 },
    });
    const afternoon = job({
      id: 'b',
      state: 'cancelled',
      createdAt: at('2026-03-02T14:30:00Z'),
      updatedAt: at('2026-03-02T14:31:00Z'),
    });
    answerMessages({ ...quietPage, 'registration.jobs': () => ok({ jobs: [morning, afternoon] }) });
    render(<RegistrantsPage params={{}} />);
    const later = await screen.findByRole('article', {
      name: `Onboarding, started ${localTime(afternoon.createdAt)}`,
    });
    const earlier = screen.getByRole('article', {
      name: `Onboarding, started ${localTime(morning.createdAt)}`,
    });
    expect(within(earlier).getByTestId('job-times').textContent).toBe(
      `Started ${localTime(morning.createdAt)}, finished ${localTime(morning.updatedAt)}`,
    );
    expect(within(later).getByTestId('job-times').textContent).toBe(
      `Started ${localTime(afternoon.createdAt)}, cancelled ${localTime(afternoon.updatedAt)}`,
    );
    expect(within(earlier).getByTestId('job-times').querySelector('time')?.getAttribute('dateTime')).toBe(
      '2026-03-02T08:05:00.000Z',
    );
  });

  it('counts that add up to the input, and results and export that list the invalid lines with their reasons', async () => {
    const done = job({
      state: 'done',
      counts: {
        total: 4,
        registered: 2,
        failed: 0,
        duplicates: 0,
        alreadyRegistered: 0,
        remaining: 0,
        invalid: 2,
      },
    });
    const people = [
      {
        line: 1,
        email: 'ada@example.org',
        firstName: 'Ada',
        outcome: { status: 'registered', joinUrl: 'https://j/1' },
      },
      {
        line: 2,
        email: '',
        firstName: '',
        text: '+SUM(1,2)',
        outcome: { status: 'invalid', error: 'No e-mail address.' },
      },
      {
        line: 3,
        email: 'jane@example.org',
        firstName: 'Jane',
        lastName: 'Doe, PhD',
        outcome: { status: 'registered', joinUrl: 'https://j/2' },
      },
      {
        line: 4,
        email: '',
        firstName: '',
        text: 'renée@exämple.de',
        outcome: { status: 'invalid', error: 'Zoom accepts only ASCII e-mail addresses: …' },
      },
    ];
    answerMessages({
      ...quietPage,
      'registration.jobs': () => ok({ jobs: [done] }),
      'registration.results': () => ok({ job: done, people }),
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:results'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<RegistrantsPage params={{}} />);
    expect((await screen.findByTestId('job-counts')).textContent).toBe(
      '2 registered, 0 failed, 0 to go, 0 skipped, 2 not valid (4 in all)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show results' }));
    const table = await screen.findByRole('table', { name: /./ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-outcome'))).toEqual([
      'registered',
      'invalid',
      'registered',
      'invalid',
    ]);
    expect(rows[1]!.textContent).toContain('+SUM(1,2)');
    expect(rows[1]!.textContent).toContain('Not valid — No e-mail address.');
    expect(rows[2]!.textContent).toContain('Jane Doe, PhD');

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = (await blobs[0]!.text()).trimEnd().split('\r\n');
    expect(csv).toHaveLength(5);
    expect(csv[2]).toBe(`2,,,,invalid,,,No e-mail address.,"'+SUM(1,2)"`);
  });
});
