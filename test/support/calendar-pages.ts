import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '../fixtures');

/** What the fixture pages expose to tests (see the bottom of google-calendar.js and outlook.js). */
export interface FixtureEvent {
  id?: string;
  title?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  allDay?: boolean;
  recurrence?: string;
  guests?: { email: string; name?: string }[];
  description?: string;
  location?: string;
}
export interface FixtureApi {
  lang: string;
  savedEvents: Required<FixtureEvent>[];
  model(): Required<FixtureEvent>;
  open(event: FixtureEvent): void;
  openQuickAdd?(event?: FixtureEvent): void;
  closeQuickAdd?(): void;
  openDialog?(event?: FixtureEvent): void;
  /** Google: the event popover (#xDetDlg) of a saved event. */
  openDetails?(id: string): void;
  closeDialog?(): void;
  pick(field: keyof FixtureEvent, value: unknown): void;
  goto(path: string): void;
  destroy(): void;
}

type HappyWindow = Window & {
  happyDOM: { setURL(url: string): void };
  __fixture: FixtureApi;
};

/**
 * Loads a fixture page into happy-dom at `url`, the way a browser would: its markup, then its
 * scripts in order. happy-dom does not run scripts set through markup, so they are evaluated here.
 */
export function loadFixture(name: 'google-calendar' | 'outlook', url: string): FixtureApi {
  const win = window as unknown as HappyWindow;
  win.__fixture?.destroy();
  win.happyDOM.setURL(url);
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...parsed.querySelectorAll('script[src]')].map((s) =>
    s.getAttribute('src')!.split('/').pop()!,
  );
  for (const s of parsed.querySelectorAll('script')) s.remove();
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceWith(document.importNode(parsed.body, true));
  // What the harness serves under /__fixtures/ in the browser (captured markup), read from disk.
  (win as unknown as { __fixtureFile(path: string): string }).__fixtureFile = (path) => {
    if (!/^[\w/-]+(\.[\w-]+)+$/.test(path) || path.includes('..'))
      throw new Error(`bad fixture path ${path}`);
    return readFileSync(join(DIR, path), 'utf8');
  };
  for (const file of scripts) globalThis.eval(readFileSync(join(DIR, file), 'utf8'));
  return win.__fixture;
}

/** `#event=...` for preloading an event through the address, as the e2e tests do. */
export const eventHash = (event: FixtureEvent): string =>
  `#event=${encodeURIComponent(JSON.stringify(event))}`;
