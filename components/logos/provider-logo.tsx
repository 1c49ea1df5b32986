import { createElement } from 'react';
import type { Provider } from '@/lib/protocol/popup';
import { MARK_COLOURS, MARK_GLYPHS } from '@/lib/brands/marks';

// React's SVG props are camelCase where the markup's are hyphenated (stroke-width).
const reactProps = (attrs: Readonly<Record<string, string>>) =>
  Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k.replace(/-(\w)/g, (_, c) => c.toUpperCase()), v]),
  );

/** The provider's small mark (lib/providers/marks.ts); hidden from assistive technology, which reads the name beside it. */
export function ProviderLogo({ provider, size = 16 }: { provider: Provider; size?: number }) {
  return (
    <svg
      className="provider-logo"
      data-logo={provider}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="6" fill={MARK_COLOURS[provider]} />
      {MARK_GLYPHS[provider].map((shape, i) =>
        createElement(shape.tag, { key: i, ...reactProps(shape.attrs) }),
      )}
    </svg>
  );
}
