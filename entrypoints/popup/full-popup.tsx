import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { UpcomingItem } from '@/lib/protocol/popup';
import { App } from './app';
import { markFocus, restoreFocus } from './keep-focus';

/**
 * The full popup, loaded after the first screen (./first-screen.ts) is drawn: React renders into
 * the same container and replaces that screen in one commit, starting from the same cached rows.
 */
export function showFullPopup(container: HTMLElement, cached: UpcomingItem[] | null) {
  // What the person focused on the first screen keeps the focus on its twin (./keep-focus.ts).
  const focused = markFocus(container);
  createRoot(container).render(
    <StrictMode>
      <App initialItems={cached} />
    </StrictMode>,
  );
  if (focused) restoreFocus(container, focused);
}
