// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorHandle } from '../../../lib/calendar/adapter';
import { googleCalendar } from '../../../lib/calendar/sites/google/adapter';
import { mountCalendarButtons } from '../../../lib/calendar/mount-buttons';
import type { Provider } from '../../../lib/protocol/meetings';
import type { PageEvent } from '../../../lib/calendar/types';
import { t, englishMessages } from './english';
import { loadFixture } from './load-fixture';

const shadowButtons = () =>
  [...document.querySelectorAll('[data-zoom-meeting-button]')].flatMap((host) => [
    ...host.shadowRoot!.querySelectorAll('button'),
  ]);
const shadowText = () =>
  [...document.querySelectorAll('[data-zoom-meeting-button]')]
    .map((h) => h.shadowRoot!.querySelector('[role="group"]')!.textContent)
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
    expect(host.shadowRoot!.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Online meeting',
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
      // The quick-add dialog names no zone: the calendar's, which is the browser's.
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(added[0]![2]).toBe('zoom');
  });

  it('shows the reason when the event cannot be read, or onAdd fails, and touches nothing', async () => {
    const { fixture, onAdd } = setup();
    fixture.openQuickAdd!();
    await vi.waitFor(() => expect(shadowButtons()).toHaveLength(1));
    document
      .querySelector('[role="dialog"] [jsname="iKdrbf"] input')!
      .setAttribute('data-date', '2026-03-10');
    document.querySelector('[role="dialog"] [jsname="iKdrbf"]')!.setAttribute('data-ical', '2026-03-10');
    shadowButtons()[0]!.click();
    expect(onAdd).not.toHaveBeenCalled();
    expect(shadowText()).toMatch(/^Zoom meeting not added: Could not read the event's start:/);
    expect(fixture.model().location).toBe('');

    document.querySelector('[role="dialog"] [jsname="iKdrbf"] input')!.setAttribute('data-date', '20260310');
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
      provider: 'zoom',
      meetingId: '<img src=x onerror=alert(1)>',
      joinUrl: 'https://zoom.us/j/1',
    });
    const root = document.querySelector('[data-zoom-meeting-button]')!.shadowRoot!;
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
    shadowButtons()
      .find((b) => b.textContent === 'Registrants')!
      .click();
    expect(onOpenRegistrants).toHaveBeenCalledWith(editor, '81', 'zoom');
    // A Webex meeting's panel is opened as Webex's: the provider travels with the id.
    buttons.setButtonState(editor, { ...state, provider: 'webex', meetingId: 'ab12', registration: true });
    shadowButtons()
      .find((b) => b.textContent === 'Registrants')!
      .click();
    expect(onOpenRegistrants).toHaveBeenLastCalledWith(editor, 'ab12', 'webex');
  });

  it('a failed Remove goes back to "attached" with the reason', async () => {
    const fixture = loadFixture('google-calendar', 'https://calendar.google.com/calendar/r');
    const buttons = mountCalendarButtons({
      adapter: googleCalendar,
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
    shadowButtons()
      .find((b) => b.textContent === 'Remove Webex meeting')!
      .click();
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
    shadowButtons()[1]!.click();
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
