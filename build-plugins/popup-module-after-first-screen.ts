import type { Plugin } from 'vite';
import { POPUP_MODULE_META } from '../entrypoints/popup/first-screen-handoff';

/**
 * popup.html as built: its module bundle (entrypoints/popup/main.ts and the chunks it imports) is
 * named in a `<meta>` instead of being loaded beside the first screen's script, which imports it
 * once the first rows are drawn. Every file the page asks for before then is one more round trip
 * through the browser process on the way to the first row (the popup's budget, docs/DESIGN.md).
 * Build only: the dev server's page keeps its module script, which then finds the first screen drawn.
 */
export function popupModuleAfterFirstScreen(): Plugin {
  return {
    name: 'popup-module-after-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/[\\/]entrypoints[\\/]popup[\\/]index\.html$/.test(ctx.filename) || !ctx.chunk) return html;
        const src = `/${ctx.chunk.fileName}`;
        const script = new RegExp(`\\s*<script type="module"[^>]* src="${src}"[^>]*></script>`);
        if (!script.test(html))
          throw new Error(
            `popup.html: no module script for ${src} (build-plugins/popup-module-after-first-screen.ts)`,
          );
        return html
          .replace(script, '')
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
          .replace('</head>', `  <meta name="${POPUP_MODULE_META}" content="${src}">\n  </head>`);
      },
    },
  };
}
