// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorHandle } from '@/lib/calendar/adapter';
import { calendarActions } from '@/lib/calendar/content/actions';
import { googleCalendar } from '@/lib/calendar/sites/google/adapter';
import { mountCalendarButtons } from '@/lib/calendar/content/mount-buttons';
import type { Provider } from '@/lib/protocol/meetings';
import type { PageEvent } from '@/lib/protocol/calendar-event';
import { loadFixture } from '@/test/support/calendar-pages';
import { englishMessages, t } from '@/test/support/english-messages';
import { buttonRoots, keepShadowRoots, personClick, rootOf } from '@/test/support/shadow-roots';

keepShadowRoots();

const shadowButtons = () => buttonRoots().flatMap((root) => [...root.querySelectorAll('button')]);
const shadowText = () =>
  buttonRoots()
    .map((root) => root.querySelector('[role="group"]')!.textContent)
    .join('|');

beforeEach(() => void englishMessages());

function setup() {
  const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
  const controller = new AbortController();
  const added: [EditorHandle, PageEvent, Provider][] = [];
  const onAdd = vi.fn(
    (editor: EditorHandle, event: PageEvent, provider: Provider) =>
      void added.push([editor, event, provider]),
  );
  const buttons = mountCalendarButtons({
    adapter: googleCalendar,
    actions: async () => calendarActions,
    document,
    signal: controller.signal,
    t,
    onAdd,
  });
  // As the controller does once the background answers 'meeting.providers'.
  buttons.setProviders({ defaultProvider: 'zoom', connected: [] });
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
    expect(rootOf(host).querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Online meeting');
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
    personClick(shadowButtons()[0]!);
    expect(shadowText()).toBe('Adding Zoom meeting…');
    await vi.waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]![1]).toMatchObject({
      title: 'Sync',
      start: '2026-03-10T09:30:00',
      // The quick-add dialog names no zone: the calendar's, which is the browser's.
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(added[0]![2]).toBe('zoom');
  });

  it('a field it cannot read opens the confirm form; the meeting follows what was confirmed', async () => {
    const { fixture, onAdd, added } = setup();
    fixture.openQuickAdd!({ title: 'Sync' });
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    document
      .querySelector('[role="dialog"] [jsname="iKdrbf"] input')!
      .setAttribute('data-date', '2026-03-10');
    document.querySelector('[role="dialog"] [jsname="iKdrbf"]')!.setAttribute('data-ical', '2026-03-10');
    personClick(shadowButtons()[0]!);
    // The form is on-demand code: it shows once loaded.
    await vi.waitFor(() => expect(shadowText()).toMatch(/^Confirm the meeting/));
    expect(onAdd).not.toHaveBeenCalled();
    expect(fixture.model().location).toBe('');
    const root = buttonRoots()[0]!;
    const field = (label: string) =>
      [...root.querySelectorAll('label')].find((l) => l.firstChild!.textContent === label)!
        .lastElementChild as HTMLInputElement;
    field('Date').value = '2026-04-02';
    field('Starts').value = '15:00';
    field('Ends').value = '15:45';
    field('Time zone').value = 'Europe/Paris';
    personClick(shadowButtons().find((b) => b.textContent === 'Add Zoom meeting')!);
    expect(shadowText()).toBe('Adding Zoom meeting…');
    await vi.waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]![1]).toMatchObject({
      site: 'google',
      start: '2026-04-02T15:00:00',
      end: '2026-04-02T15:45:00',
      timeZone: 'Europe/Paris',
      allDay: false,
    });
  });

  it('says why when the confirm form cannot be loaded, and sends nothing', async () => {
    const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
    const onAdd = vi.fn();
    const buttons = mountCalendarButtons({
      adapter: googleCalendar,
      actions: () => Promise.reject(new Error('The page tools could not be loaded (gone).')),
      document,
      signal: new AbortController().signal,
      t,
      onAdd,
    });
    buttons.setProviders({ defaultProvider: 'zoom', connected: [] });
    fixture.openQuickAdd!({ title: 'Sync' });
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    // As in the test above: a start date the reader cannot trust, so the form is needed.
    document
      .querySelector('[role="dialog"] [jsname="iKdrbf"] input')!
      .setAttribute('data-date', '2026-03-10');
    document.querySelector('[role="dialog"] [jsname="iKdrbf"]')!.setAttribute('data-ical', '2026-03-10');
    personClick(shadowButtons()[0]!);
    await vi.waitFor(() =>
      expect(shadowText()).toBe(
        'Zoom meeting not added: The page tools could not be loaded (gone).Add Zoom meeting',
      ),
    );
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('refuses an all-day event by name and sends nothing; a failing onAdd shows its reason', async () => {
    const { fixture, onAdd } = setup();
    fixture.openQuickAdd!({ title: 'Offsite', allDay: true });
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    personClick(shadowButtons()[0]!);
    expect(shadowText()).toMatch(/^Zoom meeting not added: All-day events cannot have an online meeting/);
    expect(onAdd).not.toHaveBeenCalled();

    fixture.pick('allDay', false);
    onAdd.mockRejectedValueOnce(new Error('Zoom said no (3001)'));
    personClick(shadowButtons()[0]!);
    await vi.waitFor(() => expect(shadowText()).toContain('Zoom meeting not added: Zoom said no (3001)'));
    expect(fixture.model().location).toBe('');
  });

  it('renders the attached state from data as text, never as markup', async () => {
    const { fixture, buttons } = setup();
    fixture.openQuickAdd!();
    const editor = await vi.waitFor(() => googleCalendar.findEditors(document)[0]!);
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    buttons.setButtonState(editor, {
      kind: 'attached',
      provider: 'zoom',
      meetingId: '<img src=x onerror=alert(1)>',
      joinUrl: 'https://zoom.us/j/1',
    });
    const root = rootOf(document.querySelector('[data-zoom-meeting-button]')!);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Zoom meeting <img src=x onerror=alert(1)>',
    );
    // No registrants panel to open (no handler, registration not required): no dead button.
    expect(shadowButtons().map((b) => b.textContent)).toEqual(['Copy join link', 'Remove Zoom meeting']);
    expect(buttons.getButtonState(editor)).toMatchObject({ kind: 'attached' });
  });

  it('offers the registrants panel only for a meeting with registration, when a handler exists', async () => {
    const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
    const onOpenRegistrants = vi.fn();
    const buttons = mountCalendarButtons({
      adapter: googleCalendar,
      actions: async () => calendarActions,
      document,
      signal: new AbortController().signal,
      t,
      onAdd: vi.fn(),
      onOpenRegistrants,
    });
    fixture.openQuickAdd!();
    const editor = await vi.waitFor(() => googleCalendar.findEditors(document)[0]!);
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    const state = {
      kind: 'attached' as const,
      provider: 'zoom' as const,
      meetingId: '81',
      joinUrl: 'https://zoom.us/j/81',
    };
    buttons.setButtonState(editor, { ...state, registration: false });
    expect(shadowButtons().map((b) => b.textContent)).not.toContain('Registrants');
    buttons.setButtonState(editor, { ...state, registration: true });
    personClick(shadowButtons().find((b) => b.textContent === 'Registrants')!);
    expect(onOpenRegistrants).toHaveBeenCalledWith(editor, '81', 'zoom');
    // A Webex meeting's panel is opened as Webex's: the provider travels with the id.
    buttons.setButtonState(editor, { ...state, provider: 'webex', meetingId: 'ab12', registration: true });
    personClick(shadowButtons().find((b) => b.textContent === 'Registrants')!);
    expect(onOpenRegistrants).toHaveBeenLastCalledWith(editor, 'ab12', 'webex');
  });

  it('a failed Remove goes back to "attached" with the reason', async () => {
    const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
    const buttons = mountCalendarButtons({
      adapter: googleCalendar,
      actions: async () => calendarActions,
      document,
      signal: new AbortController().signal,
      t,
      onAdd: vi.fn(),
      onRemove: () => Promise.reject(new Error('Webex said no')),
    });
    fixture.openQuickAdd!();
    const editor = await vi.waitFor(() => googleCalendar.findEditors(document)[0]!);
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    buttons.setButtonState(editor, {
      kind: 'attached',
      provider: 'webex',
      meetingId: '81',
      joinUrl: 'https://example.webex.com/m/81',
    });
    personClick(shadowButtons().find((b) => b.textContent === 'Remove Webex meeting')!);
    await vi.waitFor(() =>
      expect(buttons.getButtonState(editor)).toEqual({
        kind: 'attached',
        provider: 'webex',
        meetingId: '81',
        joinUrl: 'https://example.webex.com/m/81',
        notice: 'Meeting not removed: Webex said no',
      }),
    );
    expect(shadowText()).toContain('Webex meeting 81');
  });

  it('offers the providers it is told, on open buttons and on those opened later', async () => {
    const { fixture, buttons, added } = setup();
    fixture.openQuickAdd!({ title: 'Sync' });
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    buttons.setProviders({ defaultProvider: 'webex', connected: ['zoom'] });
    expect(shadowButtons().map((b) => b.textContent)).toEqual(['Add Webex meeting', 'Add Zoom meeting']);
    personClick(shadowButtons()[1]!);
    expect(shadowText()).toBe('Adding Zoom meeting…');
    await vi.waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]![2]).toBe('zoom');
    fixture.closeQuickAdd!();
    await vi.waitFor(() => expect(document.querySelector('[data-zoom-meeting-button]')).toBeNull());
    fixture.openQuickAdd!({ title: 'Again' });
    await vi.waitFor(() =>
      expect(shadowButtons().map((b) => b.textContent)).toEqual(['Add Webex meeting', 'Add Zoom meeting']),
    );
  });

  it('removes every button when the signal aborts', async () => {
    const { fixture, controller } = setup();
    fixture.openQuickAdd!();
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    controller.abort();
    expect(document.querySelector('[data-zoom-meeting-button]')).toBeNull();
  });
});
