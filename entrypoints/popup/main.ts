import { formatDuration, formatWhen } from '@/components/format';
import { readFirstScreenCache } from '@/lib/popup/first-screen-cache';
import '@/components/base.css';
import '@/components/forms.css';
import './popup.css';
import { buildFirstScreen } from './first-screen';

// The popup opens on its first screen, built with DOM calls from this small module and the cache;
// the full popup (React, the protocol, zod, every view: ./full-popup) loads only once that screen
// is in the page, and takes its place with the same rows.
const root = document.getElementById('root')!;

const cache = readFirstScreenCache().catch(() => null);
// While storage answers: the rows' Intl formatters (made once, kept by format.ts) cost a few ms to
// build the first time, better spent now than between the answer and the first row.
formatWhen(new Date().toISOString());
formatDuration(61);

void cache.then((cached) => {
  root.replaceChildren(buildFirstScreen(cached));
  // A task later, so the browser paints the first screen before the rest is fetched and evaluated.
  setTimeout(() => void import('./full-popup').then(({ showFullPopup }) => showFullPopup(root, cached)));
});
