// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SummariesView } from '@/components/summaries-view';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

const row = (n: number) => ({
  meeting_uuid: `uuid-${n}`,
  meeting_topic: `Meeting ${n}`,
  meeting_start_time: '2026-02-20T10:00:00Z',
});
const now = () => new Date(2026, 2, 15, 12, 0, 0);
const detail = {
  meeting_uuid: 'uuid-1',
  meeting_topic: 'Meeting 1',
  summary_title: 'Summary of Meeting 1',
  summary_overview: 'We agreed on the plan.',
  summary_details: [{ label: 'Budget', summary: 'Approved.' }],
  next_steps: ['Ada writes the plan.'],
  summary_content:
    '## Recap\nRaw: <img src=x onerror="alert(1)"> <script>alert(2)</script> [x](javascript:alert(3))',
};

describe('the Summaries view', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('loading, then the last 30 days of the person’s calendar', async () => {
    const sent = answerMessages({ 'summaries.list': () => new Promise(() => {}) });
    render(<SummariesView now={now} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.payload).toEqual({
      from: new Date(2026, 1, 13, 0, 0, 0).toISOString(),
      to: new Date(2026, 2, 15, 23, 59, 59).toISOString(),
    });
  });

  it('empty', async () => {
    answerMessages({ 'summaries.list': () => ({ ok: true, data: { summaries: [] } }) });
    render(<SummariesView now={now} />);
    expect((await screen.findByTestId('summaries-empty')).textContent).toBe('No summaries in these days.');
  });

  it('data, paged: "More" appends the next page of the same range', async () => {
    const sent = answerMessages({
      'summaries.list': (p) =>
        (p as { nextPageToken?: string }).nextPageToken
          ? { ok: true, data: { summaries: [row(2)] } }
          : { ok: true, data: { summaries: [row(1)], next_page_token: 'page2' } },
    });
    render(<SummariesView now={now} />);
    await screen.findByRole('button', { name: 'Meeting 1' });
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    await screen.findByRole('button', { name: 'Meeting 2' });
    expect(screen.getByRole('button', { name: 'Meeting 1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
    expect(sent[1]!.payload).toMatchObject({
      nextPageToken: 'page2',
      from: (sent[0]!.payload as { from: string }).from,
    });
  });

  it('error: summaries turned off says to ask the admin', async () => {
    answerMessages({
      'summaries.list': () => ({ ok: false, error: { code: 'summaries-disabled', message: 'x' } }),
    });
    render(<SummariesView now={now} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Meeting summaries are turned off');
  });

  it('a summary: title, overview, details, next steps; Markdown HTML as text; copy as text', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    answerMessages({
      'summaries.list': () => ({ ok: true, data: { summaries: [row(1)] } }),
      'summaries.get': () => ({ ok: true, data: detail }),
    });
    const { container } = render(<SummariesView now={now} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Meeting 1' }));
    const heading = await screen.findByRole('heading', { name: 'Summary of Meeting 1' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('We agreed on the plan.')).toBeTruthy();
    expect(screen.getByText('Budget')).toBeTruthy();
    expect(screen.getByText('Ada writes the plan.')).toBeTruthy();
    expect(container.querySelectorAll('img, script').length).toBe(0);
    expect(container.querySelectorAll('a').length).toBe(0);
    expect(container.textContent).toContain('<img src=x onerror="alert(1)"> <script>alert(2)</script> x');

    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toContain('Summary of Meeting 1\n\nWe agreed on the plan.\n\nBudget: Approved.\n\nRecap');
    expect(copied).toContain('Next steps\n- Ada writes the plan.');

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('button', { name: 'Meeting 1' });
  });

  it('a summary that cannot be read shows the error with a way back', async () => {
    answerMessages({
      'summaries.list': () => ({ ok: true, data: { summaries: [row(1)] } }),
      'summaries.get': () => ({ ok: false, error: { code: 'summaries-disabled', message: 'x' } }),
    });
    render(<SummariesView now={now} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Meeting 1' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
  });
});
