// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RegistrantsPage } from '@/components/registration/registrants-page';
import { englishMessages } from '@/test/support/english-messages';
import { job, preview, quietPage, TARGET } from '@/test/support/registration-views';
import { answerMessages, fail, ok } from '@/test/support/runtime-messages';

describe('the registrants page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('prefills the people it was opened with, and previews invalid lines with their reasons', async () => {
    const sent = answerMessages({
      ...quietPage,
      'registration.prepare': () =>
        ok(
          preview({
            invalid: [
              { line: 2, text: 'not-an-address', reason: '"not-an-address" is not a valid e-mail address.' },
            ],
            duplicates: [{ line: 3, email: 'ada@example.org', firstLine: 1 }],
            counts: { ...preview().counts, invalid: 1, duplicates: 1 },
          }),
        ),
    });
    render(<RegistrantsPage params={{ target: TARGET, people: 'Ada <ada@example.org>\nnot-an-address' }} />);
    expect((screen.getByLabelText('People') as HTMLTextAreaElement).value).toContain('not-an-address');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const table = await screen.findByRole('table', { name: 'Lines that will not be sent' });
    expect(within(table).getByText('not-an-address')).toBeTruthy();
    expect(within(table).getByText(/is not a valid e-mail address/)).toBeTruthy();
    expect(screen.getByTestId('count-invalid').textContent).toBe('1');
    expect(screen.getByTestId('count-duplicates').textContent).toBe('1');
    expect(screen.getByRole('button', { name: 'Register 1 people' })).toBeTruthy();
    const request = sent.find((m) => m.type === 'registration.prepare')!.payload as { input: unknown };
    expect(request.input).toEqual({ kind: 'text', text: 'Ada <ada@example.org>\nnot-an-address' });
  });

  it('names Webex, not Zoom, for a Webex target, and sends the target with its provider', async () => {
    const webex = { provider: 'webex', kind: 'meeting', id: '5b1e0a8c9d2f4e6a8b0c1d2e3f405162' } as const;
    const sent = answerMessages({ ...quietPage, 'registration.prepare': () => ok(preview()) });
    render(<RegistrantsPage params={{ target: webex, people: 'ada@example.org' }} />);
    expect(screen.getByLabelText('Webex sends each person a confirmation e-mail')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('Webex calls')).toBeTruthy();
    expect(screen.queryByText(/Zoom/)).toBeNull();
    const request = sent.find((m) => m.type === 'registration.prepare')!.payload as { target: unknown };
    expect(request.target).toEqual(webex);
  });

  it('a signed-out Webex account is named as Webex, with a way to sign in', async () => {
    const webex = { provider: 'webex', kind: 'meeting', id: '5b1e0a8c9d2f4e6a8b0c1d2e3f405162' } as const;
    answerMessages({
      ...quietPage,
      'registration.prepare': () => fail('signed-out', 'Your Webex session ended.'),
    });
    render(<RegistrantsPage params={{ target: webex, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const alert = await screen.findByTestId('error-notice');
    expect(alert.textContent).toContain('You are not signed in to Webex.');
    expect(within(alert).getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('a refusal says why and offers no run', async () => {
    answerMessages({
      ...quietPage,
      'registration.prepare': () =>
        ok(preview({ refusal: { code: 'no-registration', reason: 'Registration is not turned on.' } })),
    });
    render(<RegistrantsPage params={{ target: TARGET, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByTestId('refusal')).textContent).toBe('Registration is not turned on.');
    expect(screen.queryByRole('button', { name: /^Register/ })).toBeNull();
  });

  it('shows the error when the preview fails, and the run is not offered', async () => {
    answerMessages({
      ...quietPage,
      'registration.prepare': () => fail('network', 'Zoom could not be reached.'),
    });
    render(<RegistrantsPage params={{ target: TARGET, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Zoom could not be reached.');
    expect(screen.queryByRole('button', { name: /^Register/ })).toBeNull();
  });

  it('a change to the list makes the preview stale', async () => {
    answerMessages({ ...quietPage, 'registration.prepare': () => ok(preview()) });
    render(<RegistrantsPage params={{ target: TARGET, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('button', { name: 'Register 1 people' });
    fireEvent.change(screen.getByLabelText('People'), { target: { value: 'grace@example.org' } });
    expect(screen.queryByRole('button', { name: 'Register 1 people' })).toBeNull();
  });

  it('runs the previewed list and says the job started', async () => {
    const sent = answerMessages({
      ...quietPage,
      'registration.prepare': () => ok(preview()),
      'registration.start': () => ok({ jobId: 'job-1' }),
    });
    render(<RegistrantsPage params={{ target: TARGET, people: 'ada@example.org' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Register 1 people' }));
    await screen.findByTestId('job-started');
    expect(sent.filter((m) => m.type === 'registration.start')).toHaveLength(1);
  });

  it('progress: a bar with its value, the counts and the time left', async () => {
    answerMessages({ ...quietPage, 'registration.jobs': () => ok({ jobs: [job()] }) });
    render(<RegistrantsPage params={{}} />);
    const bar = await screen.findByRole('progressbar', { name: 'Registration progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    // 40 people in 10 s: the 60 left take about 15 s.
    expect(screen.getByTestId('job-counts').textContent).toBe(
      '40 registered, 0 failed, 60 to go, 0 skipped, 0 not valid (100 in all) · about 15 s left',
    );
  });

  it('follows progress pushed by the background, and ignores malformed pushes', async () => {
    answerMessages({ ...quietPage, 'registration.jobs': () => ok({ jobs: [job()] }) });
    render(<RegistrantsPage params={{}} />);
    await screen.findByRole('progressbar');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'registration.progress', job: { id: 'job-1' } }, {});
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    const done = job({ state: 'done', counts: { ...job().counts, registered: 100, remaining: 0 } });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'registration.progress', job: done }, {});
    await waitFor(() => expect(screen.getByTestId('job').getAttribute('data-state')).toBe('done'));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });

  it('a job waiting for the daily limit says when it goes on, and can be resumed now', async () => {
    const sent = answerMessages({
      ...quietPage,
      'registration.jobs': () =>
        ok({ jobs: [job({ state: 'waiting', pausedUntil: Date.UTC(2026, 10, 24) })] }),
      'registration.resume': () => ok({ job: job() }),
    });
    render(<RegistrantsPage params={{}} />);
    await screen.findByText(/^Goes on by itself at/);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(sent.some((m) => m.type === 'registration.resume')).toBe(true));
  });

  it('lists the jobs even when listing the targets fails, and shows that error', async () => {
    answerMessages({ ...quietPage, 'registration.targets': () => fail('signed-out', 'Not signed in.') });
    vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    render(<RegistrantsPage params={{}} />);
    expect((await screen.findByTestId('error-notice')).getAttribute('data-code')).toBe('signed-out');
    expect(screen.getByText('No registration jobs yet.')).toBeTruthy();
  });
});
