import type { popupMessages } from './popup';

/**
 * The popup messages every provider answers; the others are one provider's own (its handlers).
 * Apart from the section's schemas, so the background names them without building those.
 */
export const SHARED_POPUP_MESSAGES = [
  'upcoming.list',
  'meeting.invitation',
  'registrants.counts',
] as const satisfies readonly (keyof typeof popupMessages)[];
