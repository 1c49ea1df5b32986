// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorChange, EditorHandle } from '@/lib/calendar/adapter';
import { outlookWeb as outlook } from '@/lib/calendar/sites/outlook/adapter';
import * as sel from '@/lib/calendar/sites/outlook/selectors';
import { eventHash, type FixtureEvent, loadFixture } from '@/test/support/calendar-pages';
import { englishMessages } from '@/test/support/english-messages';

const ORIGIN = 'https://outlook.office.com';
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const ITEM = {
  id: 'AAMkAD/42+x=',
  title: '定例会議',
  start: '2026-03-10T14:00',
  end: '2026-03-10T15:30',
  guests: [{ email: 'hanako@example.jp', name: '山田 花子' }],
  description: 'Line one\nLine two',
  location: 'Room 7',
};
const itemUrl = (query = '', event: FixtureEvent = ITEM) =>
  `${ORIGIN}/calendar/item/${encodeURIComponent(event.id ?? 'x')}${query}${eventHash(event)}`;
const editor = () =>
  vi.waitFor(() => {
    const found = outlook.findEditors(document)[0];
    if (!found) throw new Error('no compose form yet');
    return found;
  });
const read = (form: EditorHandle) => outlook.read!(form);
/** Which hook read each field, from the probes. */
const hooks = (form: EditorHandle) => Object.fromEntries(read(form).probes.map((p) => [p.field, p.hook]));

const STRUCTURE = 'comboboxes in order';
const BY_NAME = sel.timeField('start date');
const BODY = sel.BODY;
const SHAPE = 'pickers without times';

describe('Outlook adapter: new Outlook (the record’s left column)', () => {
  beforeEach(() => void englishMessages());

  it('reads every field, in the browser’s zone, and says which hook read each', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    expect(form.element.querySelector('[data-ms-editor]')).toBeNull();
    expect(read(form)).toMatchObject({
      missing: [],
      draft: { timeZone: ZONE, timeZoneSource: 'calendar', allDay: false },
    });
    expect(hooks(form)).toEqual({
      title: sel.TITLE_BY_STRUCTURE,
      start: STRUCTURE,
      end: STRUCTURE,
      allDay: sel.ALL_DAY,
      timeZone: 'browser zone',
      recurrence: null,
      guests: sel.ATTENDEES,
      location: sel.LOCATION_PICKER,
      description: BODY,
      id: '/calendar/item/<id>',
    });
    expect(outlook.readEvent(form)).toEqual({
      site: 'outlook',
      id: 'AAMkAD/42+x=',
      title: '定例会議',
      start: '2026-03-10T14:00:00',
      end: '2026-03-10T15:30:00',
      timeZone: ZONE,
      allDay: false,
      // The well shows addresses, not names: no public hook gives the names.
      guests: [{ email: 'hanako@example.jp' }],
      description: 'Line one\nLine two',
      location: 'Room 7',
    });
  });

  it('the body is the last textbox, not the attendee well above it, and needs no data-ms-editor', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    const box = outlook.descriptionBox!(form)!;
    expect(box.getAttribute('aria-label')).toBeNull();
    expect(box.hasAttribute('data-attendees')).toBe(false);
    expect(box.textContent).toBe('Line oneLine two');
  });

  it('an all-day event: its first day to the start of the day after its last', async () => {
    loadFixture(
      'outlook',
      itemUrl('', { ...ITEM, start: '2026-03-12T00:00', end: '2026-03-14T00:00', allDay: true }),
    );
    const form = await editor();
    expect(read(form).draft).toMatchObject({
      allDay: true,
      start: '2026-03-12T00:00:00',
      end: '2026-03-14T00:00:00',
    });
    expect(hooks(form).allDay).toBe(sel.ALL_DAY);
  });

  it('a multi-day timed event shows and reads its end date', async () => {
    loadFixture('outlook', itemUrl('', { ...ITEM, start: '2026-03-10T22:00', end: '2026-03-11T01:30' }));
    expect(read(await editor()).draft).toMatchObject({
      start: '2026-03-10T22:00:00',
      end: '2026-03-11T01:30:00',
    });
  });

  it('a series: not guessed from its summary; `recurrence` is missing so the person confirms it', async () => {
    loadFixture('outlook', itemUrl('', { ...ITEM, recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=TU' }));
    const form = await editor();
    const reading = read(form);
    expect(reading.missing).toEqual(['recurrence']);
    expect(reading.draft.recurrence).toBeUndefined();
    expect(hooks(form).recurrence).toMatch(/occurs every/);
    expect(() => outlook.readEvent(form)).toThrow(
      "Could not read the event's repeat rule: the event repeats, but the page does not show its rule in a form the extension can read.",
    );
  });

  it('the title falls back to the placeholder table when it is not a plain text input', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    form.element.querySelector('input[placeholder="Add title"]')!.setAttribute('type', 'search');
    expect(hooks(form).title).toBe(sel.TITLE_BY_PLACEHOLDER);
    expect(read(form).draft.title).toBe('定例会議');
  });

  it('pickers named but out of order (no combobox shape): read by their names', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    for (const el of form.element.querySelectorAll('[data-panel="when"] [role="combobox"]'))
      el.removeAttribute('role');
    expect(hooks(form).start).toBe(BY_NAME);
    expect(read(form).draft).toMatchObject({ start: '2026-03-10T14:00:00', end: '2026-03-10T15:30:00' });
  });

  it('refuses a page without a language rather than guess the date order', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    document.documentElement.lang = '';
    expect(read(form).missing).toEqual(['start', 'end']);
    expect(() => outlook.readEvent(form)).toThrow(
      "Could not read the event's start date: the page does not say its language, so its dates cannot be read.",
    );
  });
});

describe('Outlook adapter: one variant per link of each chain', () => {
  beforeEach(() => void englishMessages());

  it('structure only (no names, no placeholders): every needed field still read', async () => {
    loadFixture('outlook', itemUrl('?variant=structure'));
    const form = await editor();
    expect(form.element.querySelector('[aria-label], [placeholder]')).toBeNull();
    expect(read(form).missing).toEqual([]);
    expect(hooks(form)).toMatchObject({
      title: sel.TITLE_BY_STRUCTURE,
      start: STRUCTURE,
      allDay: SHAPE,
      location: sel.LOCATION_PICKER,
      description: BODY,
      guests: null,
    });
    expect(outlook.readEvent(form)).toMatchObject({
      title: '定例会議',
      start: '2026-03-10T14:00:00',
      end: '2026-03-10T15:30:00',
    });
  });

  it('structure only, all day: known by the pickers’ shape (only dates)', async () => {
    loadFixture(
      'outlook',
      itemUrl('?variant=structure', {
        ...ITEM,
        start: '2026-03-12T00:00',
        end: '2026-03-13T00:00',
        allDay: true,
      }),
    );
    expect(read(await editor()).draft).toMatchObject({
      allDay: true,
      start: '2026-03-12T00:00:00',
      end: '2026-03-13T00:00:00',
    });
  });

  it('labels only (older OWA): named form, named plain inputs, "All day" and its button, Send', async () => {
    const fixture = loadFixture('outlook', itemUrl('?variant=owa'));
    const form = await editor();
    expect(form.element.getAttribute('aria-label')).toBe('Event compose form');
    expect(read(form).missing).toEqual([]);
    expect(hooks(form)).toMatchObject({
      start: BY_NAME,
      allDay: SHAPE,
      location: sel.LOCATION_BY_LABEL,
      description: sel.BODY_BY_LABEL,
      guests: sel.ATTENDEES_BY_LABEL,
    });
    expect(outlook.readEvent(form)).toMatchObject({
      start: '2026-03-10T14:00:00',
      end: '2026-03-10T15:30:00',
      guests: [{ email: 'hanako@example.jp' }],
    });
    fixture.pick('allDay', true);
    expect(read(form).draft).toMatchObject({
      allDay: true,
      start: '2026-03-10T00:00:00',
      end: '2026-03-11T00:00:00',
    });
    const send = form.element.querySelector('[data-action="save"]')!;
    expect(send.textContent).toBe('Send');
    expect(outlook.editorAction(form, send)).toBe('save');
  });

  it('neither (the date/time panel folded): start and end missing, the rest read', async () => {
    loadFixture('outlook', itemUrl('?variant=collapsed'));
    const form = await editor();
    const reading = read(form);
    expect(reading.missing).toEqual(['start', 'end']);
    expect(reading.draft).toMatchObject({ title: '定例会議', location: 'Room 7', timeZone: ZONE });
    expect(reading.probes.find((p) => p.field === 'start')).toEqual({
      field: 'start',
      hook: null,
      tried: [STRUCTURE, BY_NAME],
    });
    expect(() => outlook.readEvent(form)).toThrow(
      "Could not read the event's start and end: not found on the page.",
    );
    // Opened by the person, the pickers are there to read.
    form.element.querySelector<HTMLElement>('[data-panel="folded"]')!.click();
    expect(read(form).missing).toEqual([]);
  });

  it('an end no later than the start, with no end date shown, is not read with confidence', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    const [, start, , end] = form.element.querySelectorAll<HTMLInputElement>(
      '[data-panel="when"] input[type="text"]',
    );
    end!.value = start!.value;
    expect(read(form).missing).toEqual(['end']);
  });
});

describe('Outlook adapter: German and Japanese pages, read by structure', () => {
  beforeEach(() => void englishMessages());

  it.each([
    ['ja', /^2026\/3\/10/, '保存'],
    ['de', /10\.3\.2026/, 'Speichern'],
  ])('%s: dates by the page locale, Save by its label', async (lang, date, save) => {
    const fixture = loadFixture('outlook', itemUrl(`?lang=${lang}`));
    expect(fixture.lang).toBe(lang);
    const form = await editor();
    expect(form.element.querySelector<HTMLInputElement>('[role="combobox"]')!.value).toMatch(date);
    expect(hooks(form)).toMatchObject({ start: STRUCTURE, allDay: SHAPE, title: sel.TITLE_BY_STRUCTURE });
    expect(outlook.readEvent(form)).toMatchObject({
      title: '定例会議',
      start: '2026-03-10T14:00:00',
      end: '2026-03-10T15:30:00',
      allDay: false,
    });
    const button = form.element.querySelector('[data-action="save"]')!;
    expect(button.textContent).toBe(save);
    expect(outlook.editorAction(form, button)).toBe('save');
  });

  it('ja, all day: the shape of the pickers tells', async () => {
    loadFixture(
      'outlook',
      itemUrl('?lang=ja', { ...ITEM, start: '2026-03-12T00:00', end: '2026-03-13T00:00', allDay: true }),
    );
    expect(read(await editor()).draft).toMatchObject({ allDay: true, start: '2026-03-12T00:00:00' });
  });
});

describe('Outlook adapter: writing and following the form', () => {
  beforeEach(() => void englishMessages());

  it('writes location and body through the page model; a bare .value = is ignored', async () => {
    const fixture = loadFixture('outlook', itemUrl());
    const form = await editor();
    const input = form.element.querySelector<HTMLInputElement>(sel.LOCATION_PICKER)!;
    input.value = 'bare';
    expect(fixture.model().location).toBe('Room 7');
    outlook.writeLocation(form, 'https://zoom.us/j/9');
    outlook.writeDescription(form, 'Line one\nLine two\n\nJoin: https://zoom.us/j/9');
    form.element.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    expect(fixture.savedEvents.find((e) => e.id === ITEM.id)).toMatchObject({
      location: 'https://zoom.us/j/9',
      description: 'Line one\nLine two\n\nJoin: https://zoom.us/j/9',
    });
    expect(location.pathname).toBe('/calendar/view/week');
  });

  it('older OWA: writes reach the labelled location and body', async () => {
    const fixture = loadFixture('outlook', itemUrl('?variant=owa'));
    const form = await editor();
    outlook.writeLocation(form, 'https://zoom.us/j/3');
    outlook.writeDescription(form, 'Join: https://zoom.us/j/3');
    expect(fixture.model()).toMatchObject({
      location: 'https://zoom.us/j/3',
      description: 'Join: https://zoom.us/j/3',
    });
  });

  it('Save and Delete only inside the form; other buttons are nothing', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    const button = (kind: string) => form.element.querySelector(`[data-action="${kind}"]`)!;
    expect(outlook.editorAction(form, button('save'))).toBe('save');
    expect(outlook.editorAction(form, button('delete'))).toBe('delete');
    expect(outlook.editorAction(form, button('discard'))).toBeNull();
    const outside = document.createElement('button');
    outside.textContent = 'Delete';
    document.body.append(outside);
    expect(outlook.editorAction(form, outside)).toBeNull();
  });

  it('follows the portal dialog (hidden on discard) and the full-page form (pushState)', async () => {
    const fixture = loadFixture('outlook', `${ORIGIN}/calendar/view/week${eventHash(ITEM)}`);
    const changes: EditorChange[] = [];
    const controller = new AbortController();
    outlook.watch(document, controller.signal, (c) => changes.push(c));
    const kinds = () => changes.filter((c) => c.type !== 'change').map((c) => c.type);
    expect(outlook.findEditors(document)).toEqual([]);
    document.querySelector<HTMLButtonElement>('#new-event')!.click();
    await vi.waitFor(() => expect(kinds()).toEqual(['open']));
    expect(changes[0]?.editor.element.getAttribute('role')).toBe('dialog');
    document.querySelector<HTMLButtonElement>('[role="dialog"] [data-action="discard"]')!.click();
    await vi.waitFor(() => expect(kinds()).toEqual(['open', 'close']));
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    document.querySelector<HTMLElement>('[data-calitemid]')!.click();
    await vi.waitFor(() => expect(kinds()).toEqual(['open', 'close', 'open']));
    expect(changes.at(-1)?.editor.element.getAttribute('role')).toBe('main');
    controller.abort();
    fixture.goto('/calendar/view/week');
    await new Promise((r) => setTimeout(r, 20));
    expect(kinds()).toEqual(['open', 'close', 'open']);
  });
});
