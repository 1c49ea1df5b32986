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
}

// Original marks drawn for this extension (a rounded square in the provider's colour with a simple
// glyph), not the providers' trademarked artwork; they only say which service a control belongs to.
// Decorative: the name is always beside them.
export interface MarkShape {
  tag: 'rect' | 'path' | 'circle';
  attrs: Readonly<Record<string, string>>;
}
