import type { Provider } from '@/lib/protocol/popup';

// Original marks drawn for this extension (a rounded square in the provider's colour with a simple
// glyph), not the providers' trademarked artwork; they only say which service a row belongs to.
// Free to use under the project's own licence. Decorative: the provider's name is always beside them.

const COLOURS: Record<Provider, string> = { zoom: '#0b5cff', webex: '#0a7f9c' };

/** A camera: a body and its lens. */
const ZoomGlyph = () => (
  <>
    <rect x="4.5" y="8" width="10" height="8" rx="2" fill="#fff" />
    <path d="M15.5 11.2 19.5 8.6v6.8l-4-2.6z" fill="#fff" />
  </>
);

/** Two overlapping rings: people meeting. */
const WebexGlyph = () => (
  <>
    <circle cx="9.5" cy="12" r="4.2" fill="none" stroke="#fff" strokeWidth="2" />
    <circle cx="14.5" cy="12" r="4.2" fill="none" stroke="#fff" strokeWidth="2" />
  </>
);

const GLYPHS: Record<Provider, () => React.JSX.Element> = { zoom: ZoomGlyph, webex: WebexGlyph };

/** The provider's small mark; hidden from assistive technology, which reads the name beside it. */
export function ProviderLogo({ provider, size = 16 }: { provider: Provider; size?: number }) {
  const Glyph = GLYPHS[provider];
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
      <rect width="24" height="24" rx="6" fill={COLOURS[provider]} />
      <Glyph />
    </svg>
  );
}
