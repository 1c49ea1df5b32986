import type { Provider } from '../protocol/meetings';

// Original marks drawn for this extension (a rounded square in the provider's colour with a simple
// glyph), not the providers' trademarked artwork; they only say which service a control belongs to.
// Free to use under the project's own licence. Kept as data so the React pages
// (components/logos/provider-logo.tsx) and the calendar button (lib/calendar/content/button-view.ts, built
// with DOM calls in a content script) draw the same mark. Decorative: the name is always beside it.

export interface MarkShape {
  tag: 'rect' | 'path' | 'circle';
  attrs: Readonly<Record<string, string>>;
}

export const MARK_COLOURS: Readonly<Record<Provider, string>> = { zoom: '#0b5cff', webex: '#0a7f9c' };

const RING = { r: '4.2', fill: 'none', stroke: '#fff', 'stroke-width': '2' };

export const MARK_GLYPHS: Readonly<Record<Provider, readonly MarkShape[]>> = {
  /** A camera: a body and its lens. */
  zoom: [
    { tag: 'rect', attrs: { x: '4.5', y: '8', width: '10', height: '8', rx: '2', fill: '#fff' } },
    { tag: 'path', attrs: { d: 'M15.5 11.2 19.5 8.6v6.8l-4-2.6z', fill: '#fff' } },
  ],
  /** Two overlapping rings: people meeting. */
  webex: [
    { tag: 'circle', attrs: { cx: '9.5', cy: '12', ...RING } },
    { tag: 'circle', attrs: { cx: '14.5', cy: '12', ...RING } },
  ],
};
