// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { EditorHandle } from '../../../lib/calendar/adapter';
import { googleCalendar } from '../../../lib/calendar/google';
import { mountCalendarButtons } from '../../../lib/calendar/mount-buttons';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { loadFixture } from './load-fixture';

const MESSAGES: Record<string, string> = {
  buttonAddZoomMeeting: 'Add Zoom meeting',
  buttonAddingZoomMeeting: 'Adding Zoom meeting…',
  buttonMeetingAttached: 'Zoom meeting $1',
  buttonErrorReason: 'Zoom meeting not added: $1',
};
const t = (key: string, subs?: string | string[]) =>
  (MESSAGES[key] ?? key).replace('$1', Array.isArray(subs) ? (subs[0] ?? '') : (subs ?? ''));
const shadowButtons = () =>
  [...document.querySelectorAll('[data-zoom-meeting-button]')].flatMap((host) => [
    ...host.shadowRoot!.querySelectorAll('button'),
  ]);
const shadowText = () =>
  [...document.querySelectorAll('[data-zoom-meeting-button]')]
    .map((h) => h.shadowRoot!.querySelector('[role="group"]')!.textContent)
    .join('|');

function setup() {
  const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
  const controller = new AbortController();
  const added: [EditorHandle, CalendarEvent][] = [];
  const onAdd = vi.fn((editor: EditorHandle, event: CalendarEvent) => void added.push([editor, event]));
  const buttons = mountCalendarButtons({
    adapter: googleCalendar,
    document,
    signal: controller.signal,
    t,
    onAdd,
  });
  return { fixture, controller, added, onAdd, buttons };
}

describe('mountCalendarButtons', () => {
  it('shows a labelled button next to the location field while the dialog is open, and only then', async () => {
    const { fixture } = setup();
    expect(shadowButtons()).toEqual([]);
    fixture.openQuickAdd!({ title: 'Sync' });
    await vi.waitFor(() => expect(shadowButtons().map((b) => b.textContent)).toEqual(['Add Zoom meeting']));
    const host = document.querySelector('[data-zoom-meeting-button]')!;
    expect(host.previousElementSibling?.querySelector('input[role="combobox"]')).not.toBeNull();
    expect(host.shadowRoot!.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'buttonGroupLabel',
    );
    expect(shadowButtons()[0]!.type).toBe('button');
    fixture.closeQuickAdd!();
    await vi.waitFor(() => expect(document.querySelector('[data-zoom-meeting-button]')).toBeNull());
  });

  it('reads the event on click, shows "adding" and hands both to onAdd', async () => {
    const { fixture, added } = setup();
    fixture.openQuickAdd!({
      title: 'Sync',
      start: '2026-03-10T09:30',
      end: '2026-03-10T10:00',
    });
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    shadowButtons()[0]!.click();
    expect(shadowText()).toBe('Adding Zoom meeting…');
    await vi.waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]![1]).toMatchObject({
      title: 'Sync',
      start: '2026-03-10T09:30:00',
      timeZone: 'America/New_York',
    });
  });

  it('shows the reason when the event cannot be read, or onAdd fails, and touches nothing', async () => {
    const { fixture, onAdd } = setup();
    fixture.openQuickAdd!();
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    document.querySelector('[role="dialog"] [jsname="iKdrbf"]')!.setAttribute('data-ical', '2026-03-10');
    shadowButtons()[0]!.click();
    expect(onAdd).not.toHaveBeenCalled();
    expect(shadowText()).toMatch(/^Zoom meeting not added: Could not read the event's start date/);
    expect(fixture.model().location).toBe('');

    document.querySelector('[role="dialog"] [jsname="iKdrbf"]')!.setAttribute('data-ical', '20260310');
    onAdd.mockRejectedValueOnce(new Error('Zoom said no (3001)'));
    shadowButtons()[0]!.click();
    await vi.waitFor(() => expect(shadowText()).toContain('Zoom meeting not added: Zoom said no (3001)'));
  });

  it('renders the attached state from data as text, never as markup', async () => {
    const { fixture, buttons } = setup();
    fixture.openQuickAdd!();
    const editor = await vi.waitFor(() => googleCalendar.findEditors(document)[0]!);
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    buttons.setButtonState(editor, {
      kind: 'attached',
      meetingId: '<img src=x onerror=alert(1)>',
      joinUrl: 'https://zoom.us/j/1',
    });
    const root = document.querySelector('[data-zoom-meeting-button]')!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Zoom meeting <img src=x onerror=alert(1)>',
    );
    // No registrants panel to open (no handler, registration not required): no dead button.
    expect(shadowButtons().map((b) => b.textContent)).toEqual(['buttonCopyJoinLink', 'buttonRemoveMeeting']);
    expect(buttons.getButtonState(editor)).toMatchObject({ kind: 'attached' });
  });

  it('offers the registrants panel only for a meeting with registration, when a handler exists', async () => {
    const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
    const onOpenRegistrants = vi.fn();
    const buttons = mountCalendarButtons({
      adapter: googleCalendar,
      document,
      signal: new AbortController().signal,
      t,
      onAdd: vi.fn(),
      onOpenRegistrants,
    });
    fixture.openQuickAdd!();
    const editor = await vi.waitFor(() => googleCalendar.findEditors(document)[0]!);
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    const state = { kind: 'attached' as const, meetingId: '81', joinUrl: 'https://zoom.us/j/81' };
    buttons.setButtonState(editor, { ...state, registration: false });
    expect(shadowButtons().map((b) => b.textContent)).not.toContain('buttonRegistrants');
    buttons.setButtonState(editor, { ...state, registration: true });
    shadowButtons()
      .find((b) => b.textContent === 'buttonRegistrants')!
      .click();
    expect(onOpenRegistrants).toHaveBeenCalledWith(editor, '81');
  });

  it('a failed Remove goes back to "attached" with the reason', async () => {
    const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
    const buttons = mountCalendarButtons({
      adapter: googleCalendar,
      document,
      signal: new AbortController().signal,
      t,
      onAdd: vi.fn(),
      onRemove: () => Promise.reject(new Error('Zoom said no')),
    });
    fixture.openQuickAdd!();
    const editor = await vi.waitFor(() => googleCalendar.findEditors(document)[0]!);
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    buttons.setButtonState(editor, { kind: 'attached', meetingId: '81', joinUrl: 'https://zoom.us/j/81' });
    shadowButtons()
      .find((b) => b.textContent === 'buttonRemoveMeeting')!
      .click();
    await vi.waitFor(() =>
      expect(buttons.getButtonState(editor)).toEqual({
        kind: 'attached',
        meetingId: '81',
        joinUrl: 'https://zoom.us/j/81',
        notice: 'buttonRemoveFailed',
      }),
    );
    expect(shadowText()).toContain('buttonRemoveFailed');
  });

  it('removes every button when the signal aborts', async () => {
    const { fixture, controller } = setup();
    fixture.openQuickAdd!();
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    controller.abort();
    expect(document.querySelector('[data-zoom-meeting-button]')).toBeNull();
  });
});
