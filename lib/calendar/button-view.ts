import { OWN_NODE_ATTR } from './watch-editors';

// The in-page control, built with DOM calls only: every string is set as textContent, never parsed
// as HTML, since meeting ids, links and error reasons are data. It lives in an open shadow root so
// the calendar's CSS cannot restyle it and ours cannot leak into the calendar.

export type ButtonState =
  | { kind: 'idle' }
  | { kind: 'adding' }
  | {
      kind: 'attached';
      meetingId: string;
      joinUrl: string;
      /** Registration required: only then is there a registrants panel to open. */
      registration?: boolean;
      /** Something that went wrong while attached (a failed remove or update): said, not hidden. */
      notice?: string;
    }
  | { kind: 'error'; reason: string }
  | { kind: 'signed-out'; reason?: string };

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ButtonActions {
  add(): void;
  copyLink(joinUrl: string): Promise<void>;
  /** Absent until the registrants panel exists (issue 7): no button that does nothing. */
  registrants?(meetingId: string): void;
  remove(): void;
  signIn(): void;
}

// One rule per line, written compact: this ships inside every calendar page (25 kB budget).
const CSS = [
  ':host{display:block;margin:8px 0;font:14px/1.4 system-ui,sans-serif}',
  '.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}',
  'button{font:inherit;padding:6px 12px;border-radius:4px;border:1px solid #0b5cff;background:#fff;color:#0b5cff;cursor:pointer}',
  'button.primary{background:#0b5cff;color:#fff}',
  'button:focus-visible{outline:2px solid #0b5cff;outline-offset:2px}',
  'button[disabled]{opacity:.7;cursor:progress}',
  '.error{color:#b00020}',
].join('');

export interface ButtonView {
  host: HTMLElement;
  state: ButtonState;
  render(state: ButtonState): void;
}

export function createButtonView(doc: Document, t: Translate, actions: ButtonActions): ButtonView {
  const host = doc.createElement('div');
  host.setAttribute(OWN_NODE_ATTR, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const row = doc.createElement('div');
  row.className = 'row';
  row.setAttribute('role', 'group');
  row.setAttribute('aria-label', t('buttonGroupLabel'));
  shadow.append(style, row);

  const button = (label: string, onClick: () => void, primary = false): HTMLButtonElement => {
    const el = doc.createElement('button');
    el.type = 'button';
    el.textContent = label;
    if (primary) el.className = 'primary';
    el.addEventListener('click', onClick);
    return el;
  };
  const text = (value: string, role?: string, className?: string): HTMLElement => {
    const el = doc.createElement('span');
    el.textContent = value;
    if (role) el.setAttribute('role', role);
    if (className) el.className = className;
    return el;
  };

  const view: ButtonView = {
    host,
    state: { kind: 'idle' },
    render(state) {
      // Keep keyboard focus inside the control when it re-renders under the person's hands.
      const hadFocus = shadow.activeElement !== null;
      view.state = state;
      const parts: HTMLElement[] = [];
      if (state.kind === 'idle') parts.push(button(t('buttonAddZoomMeeting'), actions.add, true));
      else if (state.kind === 'adding') {
        const busy = button(t('buttonAddingZoomMeeting'), () => {}, true);
        busy.disabled = true;
        busy.setAttribute('aria-busy', 'true');
        parts.push(busy);
      } else if (state.kind === 'attached') {
        const copy = button(t('buttonCopyJoinLink'), () => {
          actions.copyLink(state.joinUrl).then(
            () => (copy.textContent = t('buttonJoinLinkCopied')),
            () => (copy.textContent = t('buttonCopyFailed')),
          );
        });
        const { registrants } = actions;
        parts.push(text(t('buttonMeetingAttached', state.meetingId), 'status'), copy);
        if (registrants && state.registration)
          parts.push(button(t('buttonRegistrants'), () => registrants(state.meetingId)));
        parts.push(button(t('buttonRemoveMeeting'), actions.remove));
        if (state.notice) parts.push(text(state.notice, 'alert', 'error'));
      } else if (state.kind === 'error') {
        parts.push(
          text(t('buttonErrorReason', state.reason), 'alert', 'error'),
          button(t('buttonAddZoomMeeting'), actions.add, true),
        );
      } else {
        if (state.reason) parts.push(text(state.reason, 'alert', 'error'));
        parts.push(button(t('buttonSignInToZoom'), actions.signIn, true));
      }
      row.replaceChildren(...parts);
      if (hadFocus) parts.find((p) => p.tagName === 'BUTTON')?.focus();
    },
  };
  view.render(view.state);
  return view;
}
