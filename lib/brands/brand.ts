/**
 * How a provider shows itself: its key (in messages and storage), its product name (the same in
 * every language) and its mark. Data only, so the calendar content scripts and the popup's first
 * screen can draw a provider without loading its code.
 */
export interface ProviderBrand {
  readonly key: string;
  readonly name: string;
  /** The mark's background colour. */
  readonly colour: string;
  /** White shapes on that colour, in a 24 × 24 box. */
  readonly glyph: readonly MarkShape[];
  /** What a row of the popup's "Upcoming" offers for this provider's events (lib/popup/item-actions.ts). */
  readonly rows: RowOffer;
  /**
   * Where its join links live, as match patterns (`https://*.zoom.us/j/*`): the link menus are
   * offered on these, and a clicked link is asked of the provider whose pattern it matches. Loose
   * on purpose; the provider's account says whether the link is really one of its meetings.
   */
  readonly joinLinks: readonly string[];
}

type EventKind = 'meeting' | 'webinar';

export interface RowOffer {
  /** A host start link, fetched on click; without one the host starts by joining. */
  readonly start: boolean;
  /** The kinds whose invitation can be copied. */
  readonly invitation: readonly EventKind[];
  /** The kinds that can be live-streamed from the popup. */
  readonly livestream: readonly EventKind[];
  /** The kind people register to for an event of each kind (the registrants page's target). */
  readonly registerAs: Readonly<Record<EventKind, EventKind>>;
}

// Original marks drawn for this extension (a rounded square in the provider's colour with a simple
// glyph), not the providers' trademarked artwork; they only say which service a control belongs to.
// Decorative: the name is always beside them.
export interface MarkShape {
  tag: 'rect' | 'path' | 'circle';
  attrs: Readonly<Record<string, string>>;
}
