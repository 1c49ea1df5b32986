import type { UpcomingItem } from '../protocol/popup';
import { arrayOf, INVALID } from '../shape';
import { upcomingItem } from './first-screen-cache';

// The rows the popup last showed, kept in the extension origin's localStorage. It is read without
// a round trip to the browser, so the first screen draws them as soon as its script runs, about
// 10 ms before `storage.local` answers. Only a picture of the last open: the first screen still
// reads the caches (first-screen-cache.ts) at once, and their answer replaces the picture whenever
// the two differ (a fresher list, another account, a sign-out). Only this extension's pages share
// this localStorage; content scripts (the calendar page's origin) and the worker have none of it.

const KEY = 'popupFirstScreen';
const rows = arrayOf(upcomingItem);

type Area = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** The page's localStorage; null where it is refused (storage blocked for the profile). */
function pageStorage(): Area | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The rows last kept, checked as the caches' rows are; null when none were kept or they do not read. */
export function readSnapshot(area: Area | null = pageStorage()): UpcomingItem[] | null {
  try {
    const kept = area?.getItem(KEY);
    if (!kept) return null;
    const items = rows(JSON.parse(kept));
    return items === INVALID || items.length === 0 ? null : items;
  } catch {
    return null;
  }
}

/** Keeps the rows shown now for the next open; none (a sign-out, no list) removes the picture. */
export function keepSnapshot(items: readonly UpcomingItem[] | null, area: Area | null = pageStorage()): void {
  try {
    if (items && items.length > 0) area?.setItem(KEY, JSON.stringify(items));
    else area?.removeItem(KEY);
  } catch {
    // Full or refused: the next open waits for the caches, as without a picture.
  }
}
