import type { ProviderBrand } from './brand';
import { webexBrand } from './webex';
import { zoomBrand } from './zoom';

/**
 * Every provider's brand, in the order the extension offers them (the calendar button, the popup,
 * the options page). Light on purpose: content scripts read it. A provider's code is listed in
 * registry.ts; adding a provider is its folder, a line here and a line there.
 */
export const BRANDS = [zoomBrand, webexBrand] as const satisfies readonly ProviderBrand[];

export type ProviderKey = (typeof BRANDS)[number]['key'];

/** The keys, for `z.enum` and for loops; never empty. */
export const PROVIDER_KEYS = BRANDS.map((brand) => brand.key) as [ProviderKey, ...ProviderKey[]];

export const isProviderKey = (value: unknown): value is ProviderKey =>
  (PROVIDER_KEYS as readonly unknown[]).includes(value);

export function brandOf(key: ProviderKey): ProviderBrand {
  const brand = BRANDS.find((b) => b.key === key);
  if (!brand) throw new Error(`No provider is registered as "${key}".`);
  return brand;
}

/**
 * The provider meant where a request, a page address or a stored setting names none: Zoom, the only
 * provider before Webex came, so the pages, menus and bookmarks of that time sent no provider (and a
 * fresh install starts with it).
 */
export const LEGACY_PROVIDER: ProviderKey = 'zoom';
