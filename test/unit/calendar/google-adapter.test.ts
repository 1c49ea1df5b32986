// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorChange } from '../../../lib/calendar/adapter';
import { CalendarFieldError } from '../../../lib/calendar/adapter';
import { googleCalendar as google } from '../../../lib/calendar/sites/google/adapter';
import { englishMessages } from './english';
import { eventHash, loadFixture } from './load-fixture';

const GRID = 'https://calendar.google.com/calendar/r';
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

const NativeObserver = MutationObserver;
beforeEach(() => void englishMessages());
// Only the observer a test swaps: unstubbing every global would also take the fake browser (and
// with it the messages the adapter's sentences come from) from the tests after it.
afterEach(() => void (globalThis.MutationObserver = NativeObserver));

describe('Google Calendar adapter on the fixture', () => {
  it('reads the full editor: non-UTC zone, guests with names, weekly recurrence, id from the address', async () => {
    loadFixture('google-calendar', `${GRID}/eventedit/evt42${eventHash(WEEKLY)}`);
    const event = google.readEvent(await editorsReady('full'));
    expect(event).toEqual({
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
  });

  it('reads the German page the same way (no translated text is matched)', async () => {
    const fixture = loadFixture('google-calendar', `${GRID}/eventedit/evt42?hl=de${eventHash(WEEKLY)}`);
    expect(fixture.lang).toBe('de');
    expect(document.querySelector('[data-action="save"]')?.textContent).toBe('Speichern');
    const event = google.readEvent(await editorsReady('full'));
    expect(event.start).toBe('2026-03-10T09:30:00');
    expect(event.recurrence).toEqual({ rule: WEEKLY.recurrence });
  });

  it('reads the quick-add dialog in the calendar zone; all-day events end at the next midnight', async () => {
    const fixture = loadFixture('google-calendar', GRID);
    fixture.openQuickAdd!({
      title: 'Offsite',
      start: '2026-03-10T00:00',
      end: '2026-03-11T00:00',
      allDay: true,
    });
    const event = google.readEvent(await editorsReady('quick-add'));
    expect(event).toMatchObject({
      allDay: true,
      start: '2026-03-10T00:00:00',
      end: '2026-03-12T00:00:00',
    });
    expect(event.timeZone).toBe('America/New_York');
    expect(event.id).toBeUndefined();
  });

  it('refuses a garbled field with a sentence instead of guessing', async () => {
    loadFixture('google-calendar', `${GRID}/eventedit/evt42${eventHash(WEEKLY)}`);
    const editor = await editorsReady('full');
    editor.element.querySelector('[jsname="B4GDSd"]')!.setAttribute('data-ical', 'T256100');
    expect(() => google.readEvent(editor)).toThrow(CalendarFieldError);
    expect(() => google.readEvent(editor)).toThrow(
      `Could not read the event's start time: "T256100" is not a time.`,
    );
    editor.element.querySelector('#xTimezone')!.setAttribute('data-tzid', 'Mars/Olympus');
    editor.element.querySelector('[jsname="B4GDSd"]')!.setAttribute('data-ical', 'T093000');
    expect(() => google.readEvent(editor)).toThrow(/time zone: "Mars\/Olympus" is not a known time zone\.$/);
  });

  it('writes location and description through the page model, which ignores a bare .value =', async () => {
    const fixture = loadFixture('google-calendar', `${GRID}/eventedit/evt42${eventHash(WEEKLY)}`);
    const editor = await editorsReady('full');
    const input = editor.element.querySelector<HTMLInputElement>('#xLocIn input')!;
    input.value = 'bare assignment';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(fixture.model().location).toBe('Room 4');

    google.writeLocation(editor, 'https://zoom.us/j/123');
    google.writeDescription(editor, 'Agenda:\n\n1. numbers\n\n-- invite --\nline');
    expect(fixture.model()).toMatchObject({
      location: 'https://zoom.us/j/123',
      description: 'Agenda:\n\n1. numbers\n\n-- invite --\nline',
    });
    document.querySelector<HTMLButtonElement>('#editor [data-action="save"]')!.click();
    expect(fixture.savedEvents.find((e) => e.id === 'evt42')?.location).toBe('https://zoom.us/j/123');
    expect(document.body.dataset.viewfamily).toBe('EVENT');
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
