/** How each provider is named in the interface: product names, the same in every language. */
export const PROVIDER_NAMES = { zoom: 'Zoom', webex: 'Webex' } as const;
export type ProviderKey = keyof typeof PROVIDER_NAMES;
