import type { Provider } from '../../protocol/meetings';
import { MARK_COLOURS, MARK_GLYPHS } from '../../brands/marks';
import { PROVIDER_NAMES } from '../../brands/names';
import type { EventReading } from '../adapter';
import type { confirmForm } from './confirm-form';
import { make } from './make';
import type { PageEvent } from '../../protocol/calendar-event';
import { OWN_NODE_ATTR } from '../dom/watch-editors';

// The in-page control, built with DOM calls only: every string is set as textContent, never parsed
// as HTML, since meeting ids, links and error reasons are data. The page is not trusted
// (docs/DESIGN.md): the control lives in a CLOSED shadow root, so the calendar's scripts cannot
// reach its buttons (nor its CSS restyle them), and it acts only on trusted events, so a script's
// `click()` or dispatched event does nothing. Each state names its provider, and every label takes
// the provider's name: Zoom and Webex go through the same lines.

export type ButtonState =
  | { kind: 'idle' }
  | { kind: 'adding'; provider: Provider }
  | {
      kind: 'attached';
      provider: Provider;
      meetingId: string;
      joinUrl: string;
      /** Registration required: only then is there a registrants panel to open. */
      registration?: boolean;
      /** The zone the meeting got (the event's as read): shown, so a wrong guess is seen. */
      timeZone?: string;
      /** Something that went wrong while attached (a failed remove or update): said, not hidden. */
      notice?: string;
    }
  /** Fields could not be read with confidence: the person confirms them in place, in `form`
   * (loaded on demand, so it comes with the state). */
  | { kind: 'confirm'; provider: Provider; reading: EventReading; form: typeof confirmForm }
  | { kind: 'error'; provider: Provider; reason: string }
  | { kind: 'signed-out'; provider: Provider; reason?: string };

/** What 'meeting.providers' answers: the default comes first, every other connected one beside it. */
export interface Providers {
  defaultProvider: Provider;
  connected: readonly Provider[];
}

import type { Translate } from '../content-t';

export type { Translate };

export interface ButtonActions {
  add(provider: Provider): void;
  /** The event as the person confirmed it in the form. */
  confirm(provider: Provider, event: PageEvent): void;
  copyLink(joinUrl: string): Promise<void>;
  /** Absent until the registrants panel exists (issue 7): no button that does nothing. */
  registrants?(meetingId: string, provider: Provider): void;
  remove(): void;
  signIn(provider: Provider): void;
}

/** A provider's product name (lib/brands/), the same in every language. */
export const providerName = (provider: Provider) => PROVIDER_NAMES[provider];

/** The providers to add with: the default (even signed out: its sign-in follows), then the connected. */
export const offerOf = ({ defaultProvider, connected }: Providers): Provider[] => [
  defaultProvider,
  ...connected.filter((p) => p !== defaultProvider),
];

// One rule per line, written compact: this ships inside every calendar page (25 kB budget).
const CSS = [
  ':host{display:block;margin:8px 0;font:14px/1.4 system-ui,sans-serif}',
  '.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}',
  'button{font:inherit;padding:6px 12px;border-radius:4px;border:1px solid #0b5cff;background:#fff;color:#0b5cff;cursor:pointer}',
  'button.primary{background:#0b5cff;color:#fff}',
  'button svg{width:16px;height:16px;vertical-align:-3px;margin-right:6px}',
  'button:focus-visible{outline:2px solid #0b5cff;outline-offset:2px}',
  'button[disabled]{opacity:.7;cursor:progress}',
  '.error{color:#b00020}',
  '.form{display:grid;gap:6px;max-width:360px}',
  'label{display:grid;font-size:12px}',
  'input,select{font:inherit;padding:4px}',
  '[aria-invalid=true]{outline:2px solid #b00020}',
].join('');

const SVG = 'http://www.w3.org/2000/svg';

/** The provider's mark (lib/brands/marks.ts), drawn with DOM calls; decorative, the label names it. */
function providerMark(doc: Document, provider: Provider): SVGSVGElement {
  const shape = (tag: string, attrs: Readonly<Record<string, string>>) => {
    const el = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
  const svg = shape('svg', {
    viewBox: '0 0 24 24',
    'aria-hidden': 'true',
    focusable: 'false',
  }) as SVGSVGElement;
  svg.append(
    shape('rect', { width: '24', height: '24', rx: '6', fill: MARK_COLOURS[provider] }),
    ...MARK_GLYPHS[provider].map((glyph) => shape(glyph.tag, glyph.attrs)),
  );
  return svg;
}

export interface ButtonView {
  host: HTMLElement;
  state: ButtonState;
  render(state: ButtonState): void;
  /** New providers re-render an idle or error view (its add buttons); other states keep theirs. */
  setProviders(providers: Providers): void;
}

export function createButtonView(doc: Document, t: Translate, actions: ButtonActions): ButtonView {
  const host = doc.createElement('div');
  host.setAttribute(OWN_NODE_ATTR, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const row = make(doc, 'div', { className: 'row' });
  row.setAttribute('role', 'group');
  row.setAttribute('aria-label', t('buttonGroupLabel'));
  shadow.append(make(doc, 'style', { textContent: CSS }), row);
  // Unknown until the background says which accounts are connected: no provider is named (or
  // clicked) before then, so a quick click never makes a meeting with the wrong one.
  let offer: Provider[] | null = null;

  const name = providerName;
  const button = (label: string, onClick?: () => void, primary = false): HTMLButtonElement => {
    const el = make(doc, 'button', { type: 'button', className: primary ? 'primary' : '' }, label);
    // A trusted click is a person's (a pointer, or Enter/Space on the focused button); no handler:
    // busy, so disabled.
    if (onClick) el.addEventListener('click', (e) => e.isTrusted && onClick());
    else {
      el.disabled = true;
      el.setAttribute('aria-busy', 'true');
    }
    return el;
  };
  const text = (value: string, role: string, className = ''): HTMLElement => {
    const el = make(doc, 'span', { className }, value);
    el.setAttribute('role', role);
    return el;
  };
  /** One add button per offered provider, the default one primary, each with the provider's mark. */
  const addButtons = () => {
    if (offer)
      return offer.map((p, i) => {
        const el = button(t('buttonAddMeeting', name(p)), () => actions.add(p), i === 0);
        el.prepend(providerMark(doc, p));
        return el;
      });
    return [button(t('buttonAddPending'), undefined, true)];
  };

  const view: ButtonView = {
    host,
    state: { kind: 'idle' },
    render(state) {
      // Keep keyboard focus inside the control when it re-renders under the person's hands.
      const hadFocus = shadow.activeElement !== null;
      view.state = state;
      const parts: HTMLElement[] = [];
      let focus: HTMLElement | undefined;
      if (state.kind === 'idle') parts.push(...addButtons());
      else if (state.kind === 'confirm') {
        const { provider } = state;
        const [form, first] = state.form(doc, t, {
          reading: state.reading,
          confirmLabel: t('buttonAddMeeting', name(provider)),
          onConfirm: (event) => actions.confirm(provider, event),
          onCancel: () => view.render({ kind: 'idle' }),
        });
        parts.push(form);
        focus = first;
      } else if (state.kind === 'adding') {
        parts.push(button(t('buttonAddingMeeting', name(state.provider)), undefined, true));
      } else if (state.kind === 'attached') {
        const { provider, meetingId } = state;
        const copy = button(t('buttonCopyJoinLink'), () => {
          actions.copyLink(state.joinUrl).then(
            () => (copy.textContent = t('buttonJoinLinkCopied')),
            () => (copy.textContent = t('buttonCopyFailed')),
          );
        });
        const { registrants } = actions;
        const zone = state.timeZone ? ` · ${state.timeZone}` : '';
        parts.push(text(t('buttonMeetingAttached', [name(provider), meetingId]) + zone, 'status'), copy);
        if (registrants && state.registration)
          parts.push(button(t('buttonRegistrants'), () => registrants(meetingId, provider)));
        parts.push(button(t('buttonRemoveMeeting', name(provider)), actions.remove));
        if (state.notice) parts.push(text(state.notice, 'alert', 'error'));
      } else if (state.kind === 'error') {
        parts.push(text(t('buttonErrorReason', [name(state.provider), state.reason]), 'alert', 'error'));
        parts.push(...addButtons());
      } else {
        if (state.reason) parts.push(text(state.reason, 'alert', 'error'));
        const { provider } = state;
        parts.push(button(t('buttonSignIn', name(provider)), () => actions.signIn(provider), true));
      }
      row.replaceChildren(...parts);
      if (focus) focus.focus();
      else if (hadFocus) parts.find((p) => p.tagName === 'BUTTON')?.focus();
    },
    setProviders(providers) {
      offer = offerOf(providers);
      if (view.state.kind === 'idle' || view.state.kind === 'error') view.render(view.state);
    },
  };
  view.render(view.state);
  return view;
}
