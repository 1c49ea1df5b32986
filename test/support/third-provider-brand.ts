import type * as Brands from '@/lib/brands/brands';

// "Third", a provider registered only in tests (test/unit/providers/third-provider*.test.*): its
// brand, and the brand list with it added, for `vi.mock('@/lib/brands/brands', …)`. Only types come
// from the real list here, since this module is what the mock is made of.

export const THIRD_BRAND = {
  key: 'third' as never as 'zoom',
  name: 'Third',
  colour: '#5b3cc4',
  glyph: [{ tag: 'circle' as const, attrs: { cx: '12', cy: '12', r: '5', fill: '#fff' } }],
  rows: {
    start: false,
    invitation: ['meeting' as const],
    livestream: [],
    registerAs: { meeting: 'meeting' as const, webinar: 'meeting' as const },
  },
  joinLinks: ['https://meet.third.example/*'],
};

/** The real brand list with Third after Zoom and Webex, and every helper reading that list. */
export function brandsWithThird(real: typeof Brands): typeof Brands {
  const BRANDS = [...real.BRANDS, THIRD_BRAND] as unknown as typeof real.BRANDS;
  const PROVIDER_KEYS = BRANDS.map((b) => b.key) as typeof real.PROVIDER_KEYS;
  return {
    ...real,
    BRANDS,
    PROVIDER_KEYS,
    isProviderKey: (value: unknown): value is Brands.ProviderKey =>
      (PROVIDER_KEYS as string[]).includes(value as string),
    brandOf: (key) => {
      const brand = BRANDS.find((b) => b.key === key);
      if (!brand) throw new Error(`No provider is registered as "${key}".`);
      return brand;
    },
  };
}
