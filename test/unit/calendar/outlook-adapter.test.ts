// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorChange } from '../../../lib/calendar/adapter';
import { outlookWeb as outlook } from '../../../lib/calendar/outlook';
import { englishMessages } from './english';
import { eventHash, loadFixture } from './load-fixture';

const ORIGIN = 'https://outlook.office.com';
const ITEM = {
  id: 'AAMkAD/42+x=',
  title: '定例会議',
  start: '2026-03-10T14:00',
  end: '2026-03-10T15:30',
  timeZone: 'Asia/Tokyo',
  recurrence: 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6',
  guests: [{ email: 'hanako@example.jp', name: '山田 花子' }],
  description: 'Line one\nLine two',
  location: 'Room 7',
};
const itemUrl = (query = '') =>
  `${ORIGIN}/calendar/item/${encodeURIComponent(ITEM.id)}${query}${eventHash(ITEM)}`;
const editor = () =>
  vi.waitFor(() => {
    const found = outlook.findEditors(document)[0];
    if (!found) throw new Error('no compose form yet');
    return found;
  });

describe('Outlook adapter on the fixture', () => {
  beforeEach(() => void englishMessages());

  it('reads the compose form: localized dates, non-UTC zone, recurrence, attendees, id', async () => {
    loadFixture('outlook', itemUrl());
    expect(document.querySelector<HTMLInputElement>('[role="group"] input')!.value).toMatch(/3\/10\/2026/);
    expect(outlook.readEvent(await editor())).toEqual({
      site: 'outlook',
      id: 'AAMkAD/42+x=',
      title: '定例会議',
      start: '2026-03-10T14:00:00',
      end: '2026-03-10T15:30:00',
      timeZone: 'Asia/Tokyo',
      allDay: false,
      guests: [{ email: 'hanako@example.jp', name: '山田 花子' }],
      description: 'Line one\nLine two',
      location: 'Room 7',
      recurrence: { rule: 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6' },
    });
  });

  it('reads the Japanese page by its own date rules', async () => {
    const fixture = loadFixture('outlook', itemUrl('?lang=ja'));
    expect(fixture.lang).toBe('ja');
    expect(document.querySelector('[data-action="save"]')?.textContent).toBe('保存');
    expect(document.querySelector<HTMLInputElement>('[role="group"] input')!.value).toMatch(/^2026\/3\/10/);
    const event = outlook.readEvent(await editor());
    expect(event).toMatchObject({
      start: '2026-03-10T14:00:00',
      end: '2026-03-10T15:30:00',
      title: '定例会議',
    });
  });

  it('refuses a page without a language rather than guess the date order', async () => {
    loadFixture('outlook', itemUrl());
    const form = await editor();
    document.documentElement.lang = '';
    expect(() => outlook.readEvent(form)).toThrow(
      "Could not read the event's start date: the page does not say its language, so its dates cannot be read.",
    );
  });

  it('writes location and body through the page model; a bare .value = is ignored', async () => {
    const fixture = loadFixture('outlook', itemUrl());
    const form = await editor();
    const input = form.element.querySelector<HTMLInputElement>('#location-suggestions-picker-input')!;
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

  it('follows the portal dialog (hidden on discard) and the full-page form (pushState)', async () => {
    const fixture = loadFixture('outlook', `${ORIGIN}/calendar/view/week${eventHash(ITEM)}`);
    const changes: EditorChange[] = [];
    const controller = new AbortController();
    outlook.watch(document, controller.signal, (c) => changes.push(c));
    const kinds = () => changes.filter((c) => c.type !== 'change').map((c) => c.type);
    expect(outlook.findEditors(document)).toEqual([]);
    document.querySelector<HTMLButtonElement>('#new-event')!.click();
    await vi.waitFor(() => expect(kinds()).toEqual(['open']));
    document.querySelector<HTMLButtonElement>('[role="dialog"] [data-action="discard"]')!.click();
    await vi.waitFor(() => expect(kinds()).toEqual(['open', 'close']));
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    document.querySelector<HTMLElement>('[data-item-id]')!.click();
    await vi.waitFor(() => expect(kinds()).toEqual(['open', 'close', 'open']));
    expect(changes.at(-1)?.editor.element.getAttribute('role')).toBe('main');
    controller.abort();
    fixture.goto('/calendar/view/week');
    await new Promise((r) => setTimeout(r, 20));
    expect(kinds()).toEqual(['open', 'close', 'open']);
  });
});
