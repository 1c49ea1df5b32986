import '@/lib/zod-config';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { readFirstScreenCache } from '@/lib/popup/first-screen-cache';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { formatDuration, formatWhen } from '@/components/format';
import '@/components/base.css';
import '@/components/forms.css';
import './popup.css';
import { FirstScreen } from './first-screen';

// The popup opens on its first screen, drawn from this small module and the cache; the full popup
// (the protocol, zod, every view: ./app) loads only once that screen is in the page, and takes
// its place with the same rows.
const root = createRoot(document.getElementById('root')!);

function showFullPopup(cached: UpcomingItem[] | null) {
  void import('./app').then(({ App }) =>
    root.render(
      <StrictMode>
        <App initialItems={cached} />
      </StrictMode>,
    ),
  );
}

const cache = readFirstScreenCache().catch(() => null);
// While storage answers: the rows' Intl formatters (made once, kept by format.ts) cost a few ms to
// build the first time, better spent now than between the answer and the first row.
formatWhen(new Date().toISOString());
formatDuration(61);

void cache.then((cached) => {
  // Drawn at once rather than on React's next scheduled task: this is what the person waits for.
  flushSync(() =>
    root.render(
      <StrictMode>
        <FirstScreen items={cached} />
      </StrictMode>,
    ),
  );
  // A task later, so the browser paints the first screen before the rest is evaluated.
  setTimeout(() => showFullPopup(cached));
});
