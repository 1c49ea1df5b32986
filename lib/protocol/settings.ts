import { z } from 'zod';
import { MeetingDefaultsSchema } from '../storage';

// The options page's meeting defaults. Extension pages only: a calendar page has no business
// reading or changing how meetings are created.

export const settingsMessages = {
  'settings.getMeetingDefaults': {
    request: z.object({}).strict(),
    response: MeetingDefaultsSchema,
    contentScript: false,
  },
  /** Answers with what was saved. */
  'settings.saveMeetingDefaults': {
    request: MeetingDefaultsSchema,
    response: MeetingDefaultsSchema,
    contentScript: false,
  },
} as const;
