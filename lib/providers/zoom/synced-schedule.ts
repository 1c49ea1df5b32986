import { z } from 'zod';
import { RecurrenceSchema as ZoomRecurrenceSchema } from './schemas/common';

/** What Zoom was last told of an event's meeting (event-to-meeting.ts, scheduleFromEvent). */
export const SyncedScheduleSchema = z.object({
  topic: z.string(),
  start_time: z.string(),
  timezone: z.string(),
  duration: z.number().int(),
  recurrence: ZoomRecurrenceSchema.nullable(),
});
export type SyncedSchedule = z.infer<typeof SyncedScheduleSchema>;
