// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorChange, EventReading } from '@/lib/calendar/adapter';
import { CalendarFieldError } from '@/lib/calendar/adapter';
import { googleCalendar as google } from '@/lib/calendar/sites/google/adapter';
import { eventHash, loadFixture } from '@/test/support/calendar-pages';
import { englishMessages } from '@/test/support/english-messages';

// The adapter against the replica built on captured Google markup (test/fixtures/google-calendar.js):
// which hook read each field (the probes), per variant of the composed header.

const GRID = 'https://calendar.google.com/calendar/r';
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const WEEKLY = {
  id: 'evt42',
  title: 'Planning',
  start: '2026-03-10T09:30',
  end: '2026-03-10T10:45',
  timeZone: 'Europe/Berlin',
  recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260630T215959Z',
  guests: [{ email: 'ada@example.com', name: 'Ada Lovelace' }, { email: 'bob@example.org' }],
  description: 'Agenda:\n\n1. numbers',
  location: 'Room 4',
};
const editorsReady = (kind: 'full' | 'quick-add') =>
  vi.waitFor(() => {
    const editor = google.findEditors(document).find((e) => e.kind === kind);
    if (!editor) throw new Error(`no ${kind} editor yet`);
    return editor;
  });
const openFull = async (query = '', event: object = WEEKLY, id = 'evt42') => {
  const fixture = loadFixture('google-calendar', `${GRID}/eventedit/${id}${query}${eventHash(event)}`);
  return { fixture, editor: await editorsReady('full') };
};
/** Field -> the hook that read it (null: none did). */
const hooksOf = (reading: EventReading) => Object.fromEntries(reading.probes.map((p) => [p.field, p.hook]));

const NativeObserver = MutationObserver;
beforeEach(() => void englishMessages());
// Only the observer a test swaps: unstubbing every global would also take the fake browser (and
// with it the messages the adapter's sentences come from) from the tests after it.
afterEach(() => void (globalThis.MutationObserver = NativeObserver));

describe('Google Calendar adapter: the full editor on captured markup', () => {
  it('reads every field from the whole editor, the header above the tab panel included', async () => {
    const { editor } = await openFull();
    // The title and times are outside the captured tab panel, as on the live page.
    const panel = document.querySelector('#tabEventDetails')!;
    expect(panel.contains(document.querySelector('#xTiIn'))).toBe(false);
    expect(panel.contains(editor.anchor)).toBe(true);
    expect(google.readEvent(editor)).toEqual({
      site: 'google',
      id: 'evt42',
      title: 'Planning',
      start: '2026-03-10T09:30:00',
      end: '2026-03-10T10:45:00',
      timeZone: 'Europe/Berlin',
      allDay: false,
      guests: [{ email: 'ada@example.com', name: 'Ada Lovelace' }, { email: 'bob@example.org' }],
      description: 'Agenda:\n\n1. numbers',
      location: 'Room 4',
      // The page's rule as it holds it: the background reads it (page-event.ts).
      recurrence: { rule: 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260630T215959Z' },
    });
    const reading = google.read!(editor);
    expect(reading.missing).toEqual([]);
    expect(reading.draft.timeZoneSource).toBe('event');
    expect(hooksOf(reading)).toMatchObject({
      title: '#xTiIn',
      start: '#xStDaIn + #xStTiIn',
      end: '#xEnDaIn + #xEnTiIn',
      allDay: '#xAlDaCbx[role=checkbox]',
      // Shown as "(GMT+01:00) Central European Time", turned into its id by the page's own table.
      timeZone: 'div[jsname=L2QMlb] div[jsname=PH80Af]',
      recurrence: 'div[jsname=T7keRc] div[jsname=d9BH4c] div[data-value][aria-selected=true]',
      guests: '#xGstLst > div[data-email]',
      location: '#xLocIn input[jsname=YPqjbf][role=combobox]',
      description: '#xDescIn div[jsname=yrriRe]',
    });
    expect(google.descriptionBox!(editor)).toBe(document.querySelector('#xDescIn [contenteditable=true]'));
  });

  it('only ids on the header: read by id; the English time "9:30am" is read as 09:30', async () => {
    const { editor } = await openFull('?hooks=id');
    expect(document.querySelector('#editor [jsname="iKdrbf"], #editor [jsname="GYcwYe"]')).toBeNull();
    expect(document.querySelector('#xStTiIn')?.getAttribute('data-initial-value')).toBe('9:30am');
    const reading = google.read!(editor);
    expect(reading.missing).toEqual([]);
    expect(reading.draft).toMatchObject({ start: '2026-03-10T09:30:00', end: '2026-03-10T10:45:00' });
    expect(hooksOf(reading)).toMatchObject({
      title: '#xTiIn',
      start: '#xStDaIn + #xStTiIn',
    });
  });

  it('only jsname: read by jsname, data-date on the input, data-ical on the time wrapper', async () => {
    const { editor } = await openFull('?hooks=jsname');
    expect(document.querySelector('#xTiIn, #xStDaIn, #xStTiIn, #xEnDaIn, #xEnTiIn')).toBeNull();
    const reading = google.read!(editor);
    expect(reading.missing).toEqual([]);
    expect(reading.draft).toMatchObject({
      title: 'Planning',
      start: '2026-03-10T09:30:00',
      end: '2026-03-10T10:45:00',
    });
    expect(hooksOf(reading)).toMatchObject({
      title: 'div[jsname=GYcwYe] input',
      start: 'div[jsname=iKdrbf] input[jsname=YPqjbf] + div[jsname=B4GDSd]',
      end: 'div[jsname=NNrqNc] input[jsname=YPqjbf] + div[jsname=XCHdmd]',
    });
  });

  it('neither: the title by structure, start and end missing (the confirm form asks), readEvent names it', async () => {
    const { editor } = await openFull('?hooks=none');
    const reading = google.read!(editor);
    expect(reading.missing).toEqual(['start', 'end']);
    expect(reading.draft).toMatchObject({ title: 'Planning', allDay: false, timeZone: 'Europe/Berlin' });
    expect(reading.draft.start).toBeUndefined();
    expect(hooksOf(reading)).toMatchObject({ title: 'input[data-initial-value]', start: null, end: null });
    expect(reading.probes.find((p) => p.field === 'start')!.tried).toEqual([
      '#xStDaIn',
      'div[jsname=iKdrbf] input[jsname=YPqjbf]',
      'div[jsname=iKdrbf]',
    ]);
    expect(() => google.readEvent(editor)).toThrow(
      "Could not read the event's start: the page does not show it in a form the extension can read.",
    );
  });

  it.each(['de', 'ja'])('reads the %s page the same way: no translated text is matched', async (hl) => {
    const { fixture, editor } = await openFull(`?hl=${hl}`, { ...WEEKLY, title: '定例' });
    expect(fixture.lang).toBe(hl);
    expect(document.querySelector('#xSaveBu')?.textContent).not.toBe('Save');
    // Times in data-initial-value as "T093000" there (the record's other form).
    expect(document.querySelector('#xStTiIn')?.getAttribute('data-initial-value')).toBe('T093000');
    expect(google.readEvent(editor)).toMatchObject({
      title: '定例',
      start: '2026-03-10T09:30:00',
      end: '2026-03-10T10:45:00',
      // Shown as a localized label, looked up in the page's own (localized) table.
      timeZone: 'Europe/Berlin',
      recurrence: { rule: WEEKLY.recurrence },
    });
  });

  it('an all-day event: the checkbox says so, times are not needed, it ends at the next midnight', async () => {
    const { editor } = await openFull('', {
      ...WEEKLY,
      allDay: true,
      start: '2026-03-10T00:00',
      end: '2026-03-11T00:00',
    });
    const reading = google.read!(editor);
    expect(reading.missing).toEqual([]);
    expect(reading.draft).toMatchObject({
      allDay: true,
      start: '2026-03-10T00:00:00',
      end: '2026-03-12T00:00:00',
    });
    expect(hooksOf(reading)).toMatchObject({
      allDay: '#xAlDaCbx[role=checkbox]',
      start: '#xStDaIn',
    });
  });

  it('all day without the checkbox: a hidden start time says so (structure)', async () => {
    const allDay = { ...WEEKLY, allDay: true, start: '2026-03-10T00:00', end: '2026-03-11T00:00' };
    const { editor } = await openFull('', allDay);
    editor.element.querySelector('#xAlDaCbx')!.remove();
    let reading = google.read!(editor);
    expect(reading.draft).toMatchObject({ allDay: true, start: '2026-03-10T00:00:00' });
    expect(hooksOf(reading).allDay).toBe('#xStTiIn');
    const timed = await openFull();
    timed.editor.element.querySelector('#xAlDaCbx')!.remove();
    reading = google.read!(timed.editor);
    expect(reading.draft).toMatchObject({ allDay: false, start: '2026-03-10T09:30:00' });
    expect(hooksOf(reading).allDay).toBe('#xStTiIn');
  });

  it('the zone: the calendar (browser) zone when the event names none; a shown zone that cannot be read is missing', async () => {
    const { fixture, editor } = await openFull('', { ...WEEKLY, timeZone: BROWSER_ZONE });
    let reading = google.read!(editor);
    expect(reading.draft).toMatchObject({ timeZone: BROWSER_ZONE, timeZoneSource: 'calendar' });
    expect(hooksOf(reading).timeZone).toBe('browser zone');

    fixture.pick('timeZone', 'Mars/Olympus');
    reading = google.read!(editor);
    expect(reading.missing).toEqual(['timeZone']);
    // The browser's zone only as the confirm form's prefill.
    expect(reading.draft.timeZone).toBe(BROWSER_ZONE);
    expect(() => google.readEvent(editor)).toThrow(
      "Could not read the event's time zone: the page does not show it in a form the extension can read.",
    );

    // A zone shown by its IANA id needs no table.
    fixture.pick('timeZone', 'Pacific/Auckland');
    expect(google.read!(editor).draft).toMatchObject({
      timeZone: 'Pacific/Auckland',
      timeZoneSource: 'event',
    });
  });

  it('refuses a garbled field with a sentence instead of guessing', async () => {
    const { editor } = await openFull('?hooks=jsname');
    editor.element.querySelector('[jsname=B4GDSd]')!.setAttribute('data-ical', 'T256100');
    editor.element.querySelector('[jsname=B4GDSd] input')!.setAttribute('data-initial-value', '25:61');
    expect(() => google.readEvent(editor)).toThrow(CalendarFieldError);
    expect(() => google.readEvent(editor)).toThrow(
      "Could not read the event's start: the page does not show it in a form the extension can read.",
    );
    expect(google.read!(editor).missing).toEqual(['start']);
  });

  it('a repeat chooser whose selection cannot be read leaves the repeat missing, not "does not repeat"', async () => {
    const { editor } = await openFull();
    const selected = editor.element.querySelector('[jsname=d9BH4c] [aria-selected=true]')!;
    selected.setAttribute('data-value', '["20260310T000000","WEEKLY",true]');
    expect(google.read!(editor).missing).toEqual(['recurrence']);
    selected.setAttribute('data-value', '["20260310T000000",null,false]');
    const reading = google.read!(editor);
    expect(reading.missing).toEqual([]);
    expect(reading.draft.recurrence).toBeUndefined();
  });

  it('guests by hovercard when the rows carry no data-email', async () => {
    const { editor } = await openFull();
    for (const row of editor.element.querySelectorAll('#xGstLst > div')) row.removeAttribute('data-email');
    const reading = google.read!(editor);
    expect(reading.draft.guests).toEqual(WEEKLY.guests);
    expect(hooksOf(reading).guests).toBe('#xGstLst span[data-hovercard-id]');
  });

  it('writes location and description through the page model, which ignores a bare .value =', async () => {
    const { fixture, editor } = await openFull();
    const input = editor.element.querySelector<HTMLInputElement>('#xLocIn input[role=combobox]')!;
    input.value = 'bare assignment';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(fixture.model().location).toBe('Room 4');

    google.writeLocation(editor, 'https://zoom.us/j/123');
    google.writeDescription(editor, 'Agenda:\n\n1. numbers\n\n-- invite --\nline');
    expect(fixture.model()).toMatchObject({
      location: 'https://zoom.us/j/123',
      description: 'Agenda:\n\n1. numbers\n\n-- invite --\nline',
    });
    const save = document.querySelector<HTMLButtonElement>('button#xSaveBu[jsname="x8hlje"]')!;
    expect(google.editorAction(editor, save)).toBe('save');
    save.click();
    expect(fixture.savedEvents.find((e) => e.id === 'evt42')?.location).toBe('https://zoom.us/j/123');
    expect(document.body.dataset.viewfamily).toBe('EVENT');
  });
});

describe('Google Calendar adapter: quick-add and the event popover', () => {
  it('reads the quick-add dialog in the calendar zone; all-day events show no times', async () => {
    const fixture = loadFixture('google-calendar', GRID);
    fixture.openQuickAdd!({
      title: 'Offsite',
      start: '2026-03-10T00:00',
      end: '2026-03-11T00:00',
      allDay: true,
    });
    const editor = await editorsReady('quick-add');
    const reading = google.read!(editor);
    expect(reading.missing).toEqual([]);
    expect(reading.draft).toMatchObject({
      title: 'Offsite',
      allDay: true,
      start: '2026-03-10T00:00:00',
      end: '2026-03-12T00:00:00',
      timeZone: BROWSER_ZONE,
      timeZoneSource: 'calendar',
    });
    expect(reading.draft.id).toBeUndefined();
    expect(hooksOf(reading)).toMatchObject({
      title: 'div[jsname=GYcwYe] input',
      allDay: 'div[jsname=B4GDSd]',
      location: 'div[jsname=vHVaxd] input[role=combobox]',
      description: '[jsname=hGaP9] [contenteditable=true]',
    });
    // No repeat chooser in the dialog: nothing to read, nothing missing.
    expect(reading.probes.some((p) => p.field === 'recurrence')).toBe(false);

    fixture.pick('allDay', false);
    fixture.pick('end', '2026-03-10T10:30');
    fixture.pick('start', '2026-03-10T09:30');
    expect(google.readEvent(editor)).toMatchObject({
      allDay: false,
      start: '2026-03-10T09:30:00',
      end: '2026-03-10T10:30:00',
    });
    const save = document.querySelector('[role="dialog"] [jsname="x8hlje"]')!;
    expect(google.editorAction(editor, save)).toBe('save');
  });

  it("the popover's Delete names the event by the same id as its full editor's address", async () => {
    // Google's eid: base64url of "<eventId> <calendarId>" in the address, padded base64 in the popover.
    const eid = 'N2txMW0yYWJjIGFkYUBleGFtcGxlLmNvbQ';
    const { fixture, editor } = await openFull('', { ...WEEKLY, id: eid }, eid);
    expect(google.readEvent(editor).id).toBe('7kq1m2abc ada@example.com');
    fixture.goto('/calendar/r');
    fixture.openDetails!(eid);
    expect(document.querySelector('#xDetDlg')?.getAttribute('data-eventid')).toBe(`${eid}==`);
    const del = document.querySelector('#xDetDlg button[jsname=VkLyEc]')!;
    expect(google.peekDelete!(del)).toBe('7kq1m2abc ada@example.com');
    expect(google.peekDelete!(document.querySelector('#xDetDlg button[jsname=DyVDA]')!)).toBeNull();
    expect(google.peekDelete!(document.querySelector('#xDetDlgLoc')!)).toBeNull();
    // By its label when the jsname is gone (Brave's live suite clicks it so).
    del.removeAttribute('jsname');
    expect(google.peekDelete!(del)).toBe('7kq1m2abc ada@example.com');
    (del as HTMLElement).click();
    expect(fixture.savedEvents.some((e) => e.id === eid)).toBe(false);
  });

  it('leaves hidden-not-removed panels out: closed dialog, Task tab', async () => {
    const fixture = loadFixture('google-calendar', GRID);
    fixture.openQuickAdd!();
    await editorsReady('quick-add');
    document.querySelector<HTMLButtonElement>('#tabTask')!.click();
    expect(google.findEditors(document)).toEqual([]);
    document.querySelector<HTMLButtonElement>('#tabEvent')!.click();
    expect(google.findEditors(document)).toHaveLength(1);
    fixture.closeQuickAdd!();
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    expect(google.findEditors(document)).toEqual([]);
  });

  it('watches open, change and close, including pushState to the editor, and stops on abort', async () => {
    const live = new Set<MutationObserver>();
    const inits: MutationObserverInit[] = [];
    const Native = MutationObserver;
    globalThis.MutationObserver = class extends Native {
      override observe(target: Node, init?: MutationObserverInit) {
        live.add(this);
        inits.push(init ?? {});
        super.observe(target, init);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    };
    const fixture = loadFixture('google-calendar', GRID);
    const changes: EditorChange[] = [];
    const controller = new AbortController();
    google.watch(document, controller.signal, (c) => changes.push(c));
    // Idle on the grid: nothing observed below body's direct children.
    expect(inits.some((i) => i.subtree)).toBe(false);
    expect(live.size).toBe(1);

    fixture.openQuickAdd!();
    await vi.waitFor(() => expect(changes.map((c) => c.type)).toEqual(['open']));
    fixture.pick('location', 'typed by the page');
    await vi.waitFor(() => expect(changes.at(-1)?.type).toBe('change'));
    document.querySelector<HTMLButtonElement>('[data-action="more"]')!.click();
    await vi.waitFor(() =>
      expect(changes.filter((c) => c.type !== 'change').map((c) => `${c.type}:${c.editor.kind}`)).toEqual([
        'open:quick-add',
        'close:quick-add',
        'open:full',
      ]),
    );
    expect(location.pathname).toBe('/calendar/r/eventedit');

    controller.abort();
    expect(live.size).toBe(0);
    const before = changes.length;
    history.back();
    fixture.goto('/calendar/r');
    await new Promise((r) => setTimeout(r, 50));
    expect(changes.length).toBe(before);
  });
});
