import { BRANDS, type ProviderKey } from './brands';

export type { ProviderKey };

/** How each provider is named in the interface: product names, the same in every language. */
export const PROVIDER_NAMES = Object.fromEntries(BRANDS.map((b) => [b.key, b.name])) as Readonly<
  Record<ProviderKey, string>
>;

/**
 * Every provider's name in one phrase ("Zoom or Webex", "Zoom and Webex"), for the sentences that
 * speak of them all; the runtime's language (the browser's) joins them.
 */
export function everyProvider(type: 'disjunction' | 'conjunction'): string {
  return new Intl.ListFormat(undefined, { type }).format(BRANDS.map((brand) => brand.name));
}
