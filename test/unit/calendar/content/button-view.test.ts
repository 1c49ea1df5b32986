// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type ButtonActions, createButtonView, offerOf } from '@/lib/calendar/content/button-view';
import type { EventReading } from '@/lib/calendar/adapter';
import { confirmForm } from '@/lib/calendar/content/confirm-form';
import type { PageEvent } from '@/lib/protocol/calendar-event';
import type { Provider } from '@/lib/protocol/meetings';
import { t } from '@/test/support/english-messages';
import { keepShadowRoots, personClick, personKey, rootOf } from '@/test/support/shadow-roots';

keepShadowRoots();

// The in-page control for either provider: the same states, each naming its provider, the add
// buttons following what the background says is the default and what is connected.

function view() {
  const actions = {
    add: vi.fn<(provider: Provider) => void>(),
    confirm: vi.fn<(provider: Provider, event: PageEvent) => void>(),
    copyLink: vi.fn(async () => {}),
    registrants: vi.fn<(meetingId: string, provider: Provider) => void>(),
    remove: vi.fn(),
    signIn: vi.fn<(provider: Provider) => void>(),
  } satisfies ButtonActions;
  const v = createButtonView(document, t, actions);
  const root = rootOf(v.host);
  const buttons = () => [...root.querySelectorAll('button')];
  const labels = () => buttons().map((b) => `${b.textContent}${b.className === 'primary' ? ' *' : ''}`);
  const click = (label: string) => personClick(buttons().find((b) => b.textContent === label)!);
  const text = () => root.querySelector('[role="group"]')!.textContent;
  return { v, root, actions, labels, click, text };
}

describe('the calendar button, for either provider', () => {
  it.each([
    ['zoom', [], ['Add Zoom meeting *']],
    ['zoom', ['zoom'], ['Add Zoom meeting *']],
    ['zoom', ['webex'], ['Add Zoom meeting *', 'Add Webex meeting']],
    ['zoom', ['zoom', 'webex'], ['Add Zoom meeting *', 'Add Webex meeting']],
    ['webex', ['zoom', 'webex'], ['Add Webex meeting *', 'Add Zoom meeting']],
    ['webex', ['webex'], ['Add Webex meeting *']],
    ['webex', [], ['Add Webex meeting *']],
  ] as const)('default %s, connected %j: offers %j', (defaultProvider, connected, expected) => {
    const { v, labels } = view();
    v.setProviders({ defaultProvider, connected });
    expect(labels()).toEqual(expected);
    expect(offerOf({ defaultProvider, connected })[0]).toBe(defaultProvider);
  });

  it('adds with the provider of the button clicked', () => {
    const { v, actions, click } = view();
    v.setProviders({ defaultProvider: 'zoom', connected: ['zoom', 'webex'] });
    click('Add Webex meeting');
    click('Add Zoom meeting');
    expect(actions.add.mock.calls).toEqual([['webex'], ['zoom']]);
  });

  it('names the provider in every state', () => {
    const { v, root, labels, text, actions, click } = view();
    v.render({ kind: 'adding', provider: 'webex' });
    expect(labels()).toEqual(['Adding Webex meeting… *']);
    expect(root.querySelector('button')!.disabled).toBe(true);

    v.render({
      kind: 'attached',
      provider: 'webex',
      meetingId: 'ab12',
      joinUrl: 'https://example.webex.com/m/ab12',
      registration: true,
    });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Webex meeting ab12');
    expect(labels()).toEqual(['Copy join link', 'Registrants', 'Remove Webex meeting']);
    click('Registrants');
    expect(actions.registrants).toHaveBeenCalledWith('ab12', 'webex');

    v.render({ kind: 'signed-out', provider: 'webex', reason: 'Your Webex session ended.' });
    expect(text()).toBe('Your Webex session ended.Sign in to Webex to add a meeting');
    click('Sign in to Webex to add a meeting');
    expect(actions.signIn).toHaveBeenCalledWith('webex');

    v.setProviders({ defaultProvider: 'zoom', connected: ['webex'] });
    v.render({ kind: 'error', provider: 'webex', reason: 'Webex meetings last at least 10 minutes.' });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Webex meeting not added: Webex meetings last at least 10 minutes.',
    );
    // The way out of an error is the same choice as before it.
    expect(labels()).toEqual(['Add Zoom meeting *', 'Add Webex meeting']);
  });

  it("marks each add button with its provider's logo, hidden from assistive technology", () => {
    const { v, root, labels } = view();
    v.setProviders({ defaultProvider: 'zoom', connected: ['webex'] });
    const marks = [...root.querySelectorAll('button svg')];
    expect(marks.map((svg) => svg.getAttribute('aria-hidden'))).toEqual(['true', 'true']);
    // Zoom's blue square and Webex's teal one, in the buttons' order (lib/providers/marks.ts).
    expect(marks.map((svg) => svg.querySelector('rect')!.getAttribute('fill'))).toEqual([
      '#0b5cff',
      '#0a7f9c',
    ]);
    // The mark adds no text: the buttons are still named by their labels alone.
    expect(labels()).toEqual(['Add Zoom meeting *', 'Add Webex meeting']);
  });

  it('names no provider until the providers are known: a disabled, busy "Add meeting"', () => {
    const { v, root, labels, actions } = view();
    expect(labels()).toEqual(['Add meeting *']);
    const waiting = root.querySelector('button')!;
    expect(waiting.disabled).toBe(true);
    expect(waiting.getAttribute('aria-busy')).toBe('true');
    personClick(waiting);
    expect(actions.add).not.toHaveBeenCalled();
    v.setProviders({ defaultProvider: 'webex', connected: [] });
    expect(labels()).toEqual(['Add Webex meeting *']);
  });

  it('follows new providers while idle or in error, and leaves an attached meeting alone', () => {
    const { v, labels } = view();
    v.setProviders({ defaultProvider: 'zoom', connected: [] });
    expect(labels()).toEqual(['Add Zoom meeting *']);
    v.setProviders({ defaultProvider: 'webex', connected: [] });
    expect(labels()).toEqual(['Add Webex meeting *']);
    v.render({ kind: 'attached', provider: 'zoom', meetingId: '81', joinUrl: 'https://zoom.us/j/81' });
    v.setProviders({ defaultProvider: 'zoom', connected: ['webex'] });
    expect(labels()).toEqual(['Copy join link', 'Remove Zoom meeting']);
    v.render({ kind: 'idle' });
    expect(labels()).toEqual(['Add Zoom meeting *', 'Add Webex meeting']);
  });

  it('sets data as text, never as markup', () => {
    const { v, root } = view();
    v.render({ kind: 'error', provider: 'zoom', reason: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('cannot be pressed by the page: a closed root, and untrusted clicks do nothing', () => {
    const { v, root, actions, click } = view();
    expect(v.host.shadowRoot).toBeNull();
    v.setProviders({ defaultProvider: 'zoom', connected: [] });
    const add = root.querySelector('button')!;
    add.click();
    add.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(actions.add).not.toHaveBeenCalled();
    v.render({ kind: 'attached', provider: 'zoom', meetingId: '81', joinUrl: 'https://zoom.us/j/81' });
    [...root.querySelectorAll('button')].forEach((b) => b.click());
    expect(actions.remove).not.toHaveBeenCalled();
    expect(actions.copyLink).not.toHaveBeenCalled();
    click('Remove Zoom meeting');
    expect(actions.remove).toHaveBeenCalledTimes(1);
  });

  it('names the time zone the meeting got', () => {
    const { v, root } = view();
    v.render({
      kind: 'attached',
      provider: 'zoom',
      meetingId: '81',
      joinUrl: 'https://zoom.us/j/81',
      timeZone: 'America/New_York',
    });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Zoom meeting 81 · America/New_York');
  });
});

const READING: EventReading = {
  draft: {
    site: 'google',
    id: 'evt1',
    title: 'Planning',
    start: '2026-03-10T09:30:00',
    allDay: false,
    recurrence: { rule: 'RRULE:FREQ=WEEKLY;BYDAY=TU' },
    guests: [{ email: 'ada@example.com' }],
    description: 'Agenda',
    location: 'Room 4',
  },
  missing: ['end', 'timeZone'],
  probes: [],
};

describe('the confirm form', () => {
  function form(reading = READING) {
    // Connected, so focus can move inside; the last test's focus let go first (happy-dom trips
    // over a focused element that left the document).
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.replaceChildren();
    const parts = view();
    document.body.append(parts.v.host);
    parts.v.render({ kind: 'confirm', provider: 'zoom', reading, form: confirmForm });
    const field = (label: string) =>
      [...parts.root.querySelectorAll('label')].find((l) => l.firstChild!.textContent === label)!
        .lastElementChild as HTMLInputElement;
    return { ...parts, field };
  }

  it('asks in place, every control labelled and prefilled with what was read', () => {
    const { root, field, labels } = form();
    expect(root.querySelector('form')!.getAttribute('aria-labelledby')).toBe('cf');
    expect(root.getElementById('cf')!.textContent).toBe('Confirm the meeting');
    expect(field('Title').value).toBe('Planning');
    expect(field('Date').value).toBe('2026-03-10');
    expect(field('Starts').value).toBe('09:30');
    expect(field('Ends').value).toBe('');
    // No zone read: the browser's (the calendar's, for most people) is offered.
    expect(field('Time zone').value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(field('Repeat').value).toBe('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(labels()).toEqual(['Add Zoom meeting *', 'Cancel']);
    // The first field that could not be read has the focus.
    expect(root.activeElement).toBe(field('Ends'));
  });

  it('makes the meeting from what the person confirms, with the guests, description, location and id read', () => {
    const { field, click, actions } = form();
    field('Title').value = 'Planning (confirmed)';
    field('Ends').value = '10:15';
    field('Time zone').value = 'Europe/Berlin';
    field('Repeat').value = '';
    click('Add Zoom meeting');
    expect(actions.confirm).toHaveBeenCalledWith('zoom', {
      site: 'google',
      id: 'evt1',
      title: 'Planning (confirmed)',
      start: '2026-03-10T09:30:00',
      end: '2026-03-10T10:15:00',
      timeZone: 'Europe/Berlin',
      allDay: false,
      guests: [{ email: 'ada@example.com' }],
      description: 'Agenda',
      location: 'Room 4',
    });
  });

  it('an end before the start is the next day; Enter in a field confirms, with the rule kept', () => {
    const { field, actions } = form();
    field('Starts').value = '23:30';
    field('Ends').value = '00:30';
    field('Time zone').value = 'Asia/Tokyo';
    personKey(field('Ends'), 'Enter');
    expect(actions.confirm.mock.calls[0]![1]).toMatchObject({
      start: '2026-03-10T23:30:00',
      end: '2026-03-11T00:30:00',
      recurrence: { rule: 'RRULE:FREQ=WEEKLY;BYDAY=TU' },
    });
  });

  it('refuses what is not a date, time or IANA zone, says which field, and sends nothing', () => {
    const { root, field, click, actions } = form();
    field('Ends').value = '10:00';
    field('Time zone').value = 'Mars/Olympus';
    click('Add Zoom meeting');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Check \u201cTime zone\u201d.');
    expect(field('Time zone').getAttribute('aria-invalid')).toBe('true');
    field('Time zone').value = 'UTC';
    field('Date').value = '2026-02-30';
    click('Add Zoom meeting');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Check \u201cDate\u201d.');
    expect(actions.confirm).not.toHaveBeenCalled();
  });

  it('the page cannot confirm for the person; Escape or Cancel goes back to the button', () => {
    const { v, root, field, click, actions, labels } = form();
    field('Ends').value = '10:00';
    const ok = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add Zoom meeting')!;
    ok.click();
    field('Ends').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(actions.confirm).not.toHaveBeenCalled();
    v.setProviders({ defaultProvider: 'zoom', connected: [] });
    personKey(field('Title'), 'Escape');
    expect(labels()).toEqual(['Add Zoom meeting *']);
    v.render({ kind: 'confirm', provider: 'zoom', reading: READING, form: confirmForm });
    click('Cancel');
    expect(v.state).toEqual({ kind: 'idle' });
  });
});
