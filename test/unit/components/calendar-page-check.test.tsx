// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CalendarPageCheck } from '@/components/calendar-page-check';
import { englishMessages } from '@/test/support/english-messages';
import { answerMessages } from '@/test/support/runtime-messages';

// "Check a calendar page" on the options page: each field of the open editor as found (by which
// hook) or missing (with the hooks tried), and a plain-text copy for a bug report.

const PAGE = {
  site: 'google',
  editors: [
    {
      kind: 'full',
      probes: [
        { field: 'title', hook: '#xTiIn', tried: ['#xTiIn'] },
        { field: 'start', hook: null, tried: ['#xStDaIn', 'div[jsname="iKdrbf"]'] },
      ],
      missing: ['start'],
    },
  ],
};

describe('Check a calendar page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('lists each field as found by its hook or missing, and copies the same for a bug report', async () => {
    answerMessages({ 'calendar.checkPages': () => ({ ok: true, data: { pages: [PAGE] } }) });
    const write = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    render(<CalendarPageCheck />);
    await userEvent.click(screen.getByRole('button', { name: 'Check open calendar pages' }));
    const table = await screen.findByRole('table', { name: 'Google Calendar, full editor' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'titlefound by #xTiIn',
      'startmissing (tried #xStDaIn | div[jsname="iKdrbf"])',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Copy for a bug report' }));
    expect(write).toHaveBeenCalledTimes(1);
    const report = (write.mock.calls[0] as unknown as [string])[0];
    expect(report).toContain('google full editor:');
    expect(report).toContain('  title: found by #xTiIn');
    expect(report).toContain('  start: missing (tried #xStDaIn | div[jsname="iKdrbf"])');
  });

  it('says when no calendar page has an editor open, and shows a failure', async () => {
    answerMessages({ 'calendar.checkPages': () => ({ ok: true, data: { pages: [] } }) });
    render(<CalendarPageCheck />);
    await userEvent.click(screen.getByRole('button', { name: 'Check open calendar pages' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'No calendar page with an open event editor was found.',
    );
    cleanup();
    answerMessages({
      'calendar.checkPages': () => ({
        ok: false,
        error: { code: 'x', message: 'The extension did not answer.' },
      }),
    });
    render(<CalendarPageCheck />);
    await userEvent.click(screen.getByRole('button', { name: 'Check open calendar pages' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The extension did not answer.');
  });
});
