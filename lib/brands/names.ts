import { BRANDS, type ProviderKey } from './brands';

export type { ProviderKey };

/** How each provider is named in the interface: product names, the same in every language. */
export const PROVIDER_NAMES = Object.fromEntries(BRANDS.map((b) => [b.key, b.name])) as Readonly<
  Record<ProviderKey, string>
>;
