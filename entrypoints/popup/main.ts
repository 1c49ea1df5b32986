import { firstScreenDrawn } from './first-screen-handoff';

// The popup opens on its first screen, drawn from the cache by popup-first-screen.js
// (entrypoints/popup-first-screen.ts), which also brings the page's styles; the full popup (React, the protocol, zod, every view: ./full-popup) loads only
// once that screen is in the page, and takes its place with the same rows.
const root = document.getElementById('root')!;

void firstScreenDrawn().then((cached) => {
  // A task later, so the browser paints the first screen before the rest is fetched and evaluated.
  setTimeout(() => void import('./full-popup').then(({ showFullPopup }) => showFullPopup(root, cached)));
});
