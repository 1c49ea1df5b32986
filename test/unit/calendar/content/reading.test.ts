// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { calendarActions } from '../../../../lib/calendar/content/actions';
import type { CalendarAdapter, EditorHandle, EventReading } from '../../../../lib/calendar/adapter';
import { checkReport } from '../../../../lib/calendar/content/check-report';
import { reportEmptyChains } from '../../../../lib/calendar/content/diagnostics';
import { answerPageChecks, checkPage, PAGE_CHECK } from '../../../../lib/calendar/content/page-check';
import { completeEvent, readEditor, toConfirm } from '../../../../lib/calendar/content/read-editor';
import { googleCalendar } from '../../../../lib/calendar/sites/google/adapter';
import { englishMessages } from '@/test/support/english-messages';

// Reading the editor for the button (through `read`, or `readEvent` until every adapter has
// `read`), the console line when a chain comes up empty, and the answer to the options page's
// "Check a calendar page": field and hook names only, never the event's text.

const SECRET = 'Board meeting: layoffs';
const READING: EventReading = {
  draft: {
    site: 'google',
    title: SECRET,
    start: '2026-03-10T09:30:00',
    allDay: false,
    timeZone: 'America/New_York',
    timeZoneSource: 'calendar',
    guests: [],
    description: `${SECRET} details`,
    location: '',
  },
  missing: ['end'],
  probes: [
    { field: 'title', hook: '#xTiIn', tried: ['#xTiIn'] },
    { field: 'end', hook: null, tried: ['#xEnTiIn', 'div[jsname="XCHdmd"]'] },
  ],
};

function fakeAdapter(reading: EventReading = READING): { adapter: CalendarAdapter; editor: EditorHandle } {
  const element = document.createElement('div');
  const editor: EditorHandle = { site: 'google', kind: 'full', element, anchor: element };
  const adapter = {
    ...googleCalendar,
    findEditors: () => [editor],
    read: () => reading,
  } satisfies CalendarAdapter;
  return { adapter, editor };
}

beforeEach(() => void englishMessages());
afterEach(() => fakeBrowser.reset());

describe('reading the editor', () => {
  it('goes through `read` when the adapter has it; what is missing is for the person to confirm', () => {
    const { adapter, editor } = fakeAdapter();
    expect(readEditor(adapter, editor)).toBe(READING);
    expect(toConfirm(READING)).toEqual(['end']);
    expect(completeEvent(adapter, editor)).toBeNull();
    // Guests or a location it could not read are no reason to ask.
    expect(toConfirm({ ...READING, missing: ['guests', 'location'] })).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('one console line per opening, naming each empty chain and its hooks, never the event text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { editor } = fakeAdapter();
    reportEmptyChains(editor, READING.probes);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]![0]);
    expect(line).toContain('end (tried #xEnTiIn | div[jsname="XCHdmd"])');
    expect(line).not.toContain('title');
    expect(line).not.toContain(SECRET);
    reportEmptyChains(editor, [READING.probes[0]!]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('"Check a calendar page"', () => {
  it("answers the extension's own check with the probes of each open editor, and nothing else", () => {
    const { adapter } = fakeAdapter();
    const answer = checkPage(adapter, document);
    expect(answer).toEqual({
      site: 'google',
      editors: [{ kind: 'full', probes: READING.probes, missing: ['end'] }],
    });
    expect(JSON.stringify(answer)).not.toContain(SECRET);
    const report = checkReport([answer], 'Chromium');
    expect(report).toContain('title: found by #xTiIn');
    expect(report).toContain('end: missing (tried #xEnTiIn | div[jsname="XCHdmd"])');
    expect(report).not.toContain(SECRET);
  });

  it('listens only for the check, from this extension, until the signal aborts', async () => {
    const { adapter } = fakeAdapter();
    const stop = new AbortController();
    const listeners: ((m: unknown, s: { id?: string }, reply: (a?: unknown) => void) => unknown)[] = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(
      (l) => void listeners.push(l as never),
    );
    const removed = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(() => {});
    const actions = vi.fn(async () => calendarActions);
    answerPageChecks(adapter, document, stop.signal, actions);
    const reply = vi.fn();
    listeners[0]!({ type: PAGE_CHECK }, { id: 'another-extension' }, reply);
    listeners[0]!({ type: 'meeting.remove' }, { id: fakeBrowser.runtime.id }, reply);
    listeners[0]!(null, { id: fakeBrowser.runtime.id }, reply);
    expect(actions).not.toHaveBeenCalled();
    // The check is on-demand code: the answer follows its load, on the channel kept open for it.
    expect(listeners[0]!({ type: PAGE_CHECK }, { id: fakeBrowser.runtime.id }, reply)).toBe(true);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith(checkPage(adapter, document)));
    expect(reply).toHaveBeenCalledTimes(1);
    // When it cannot load, an empty answer: the background leaves this tab out.
    actions.mockRejectedValueOnce(new Error('gone'));
    listeners[0]!({ type: PAGE_CHECK }, { id: fakeBrowser.runtime.id }, reply);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledTimes(2));
    expect(reply).toHaveBeenLastCalledWith();
    stop.abort();
    expect(removed).toHaveBeenCalledWith(listeners[0]);
  });
});
