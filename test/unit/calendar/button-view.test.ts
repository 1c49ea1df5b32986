// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type ButtonActions, createButtonView, offerOf } from '../../../lib/calendar/button-view';
import type { Provider } from '../../../lib/protocol/meetings';
import { t } from './english';

// The in-page control for either provider: the same states, each naming its provider, the add
// buttons following what the background says is the default and what is connected.

function view() {
  const actions = {
    add: vi.fn<(provider: Provider) => void>(),
    copyLink: vi.fn(async () => {}),
    registrants: vi.fn<(meetingId: string, provider: Provider) => void>(),
    remove: vi.fn(),
    signIn: vi.fn<(provider: Provider) => void>(),
  } satisfies ButtonActions;
  const v = createButtonView(document, t, actions);
  const root = v.host.shadowRoot!;
  const buttons = () => [...root.querySelectorAll('button')];
  const labels = () => buttons().map((b) => `${b.textContent}${b.className === 'primary' ? ' *' : ''}`);
  const click = (label: string) =>
    buttons()
      .find((b) => b.textContent === label)!
      .click();
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

  it('names no provider until the providers are known: a disabled, busy "Add meeting"', () => {
    const { v, root, labels, actions } = view();
    expect(labels()).toEqual(['Add meeting *']);
    const waiting = root.querySelector('button')!;
    expect(waiting.disabled).toBe(true);
    expect(waiting.getAttribute('aria-busy')).toBe('true');
    waiting.click();
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
});
