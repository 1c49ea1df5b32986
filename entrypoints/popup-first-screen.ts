import { formatDuration, formatWhen } from '@/components/format';
import { readFirstScreenCache } from '@/lib/popup/first-screen-cache';
import { keepSnapshot, readSnapshot } from '@/lib/popup/first-screen-snapshot';
import { drawFirstScreen } from './popup/first-screen';
import { announceFirstScreen, POPUP_MODULE_META } from './popup/first-screen-handoff';
import { applyPopupStyles } from './popup/first-screen-styles';

// The popup's first screen as one small classic script, the only file popup.html needs before its
// first row (with the page's style sheets inside, ./popup/first-screen-styles.ts). Built on its own
// by WXT, so it shares no chunk with the other pages, and like the content scripts it goes without
// the webextension polyfill (wxt.config.ts): the few calls it makes (storage.local.get,
// i18n.getMessage, runtime.openOptionsPage) return promises natively in Chrome's MV3 `chrome.*`
// and in Firefox's `browser.*`. Everything else loads after the first rows are drawn (./popup/main.ts).
export default defineUnlistedScript({
  // No global of its own: the handoff below is the only thing it leaves on the page.
  globalName: false,
  main() {
    // Storage first: its answer is the longest wait, and the rest fills it. The picture of the last
    // open needs no wait: it is drawn at once, and the caches' answer replaces it if they differ.
    const cache = readFirstScreenCache().catch(() => null);
    const snapshot = readSnapshot();
    const root = document.getElementById('root')!;
    applyPopupStyles(document);
    // The rows' Intl formatters (made once, kept by format.ts) cost a few ms to build the first
    // time, and the screen around the rows needs no cache: both are better made now than between
    // the answer and the first row.
    formatWhen(new Date().toISOString());
    formatDuration(61);
    const drawn = drawFirstScreen(root, cache, snapshot);
    void drawn.then(keepSnapshot);
    announceFirstScreen(drawn);
    // Then the rest (./popup/main.ts), which the built page names instead of loading it beside this.
    const module = document.querySelector<HTMLMetaElement>(`meta[name="${POPUP_MODULE_META}"]`)?.content;
    if (module) void drawn.then(() => loadModule(module));
  },
});

/** As the page's own `<script type="module">` would have loaded it. */
function loadModule(src: string): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.append(script);
}
