import type { MarkShape } from './brand';
import { BRANDS, type ProviderKey } from './brands';

export type { MarkShape };

// Each provider's mark (its brand.ts), as data, so the React pages (components/logos/provider-logo.tsx)
// and the calendar button (lib/calendar/content/button-view.ts, built with DOM calls) draw the same one.
export const MARK_COLOURS = Object.fromEntries(BRANDS.map((b) => [b.key, b.colour])) as Readonly<
  Record<ProviderKey, string>
>;
export const MARK_GLYPHS = Object.fromEntries(
  BRANDS.map((b): [string, readonly MarkShape[]] => [b.key, b.glyph]),
) as Readonly<Record<ProviderKey, readonly MarkShape[]>>;
