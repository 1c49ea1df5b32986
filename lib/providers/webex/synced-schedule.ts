import { z } from 'zod';

/** What Webex was last told (lib/providers/webex/event-to-meeting.ts, webexScheduleFromEvent). */
export const WebexSyncedScheduleSchema = z.object({
  title: z.string(),
  start: z.string(),
  end: z.string(),
  timezone: z.string(),
  recurrence: z.string().optional(),
});
export type WebexSyncedSchedule = z.infer<typeof WebexSyncedScheduleSchema>;
