import type { StoredStatusSource } from './stored-status-source';
import { webexStoredStatus } from './webex/stored-status';
import { zoomStoredStatus } from './zoom/stored-status';

/** The providers whose status the background answers from storage first (stored-status-source.ts). */
export const STORED_STATUS_SOURCES: readonly StoredStatusSource[] = [zoomStoredStatus, webexStoredStatus];
