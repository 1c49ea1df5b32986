import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { readFirstScreenCache } from '@/lib/popup/first-screen-cache';
import type { UpcomingItem } from '@/lib/protocol/popup';
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

void readFirstScreenCache()
  .catch(() => null)
  .then((cached) => {
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
