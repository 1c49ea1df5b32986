import { z } from 'zod';
import { OccurrenceSchema, PageInfoSchema, RecurrenceSchema, ZoomDateTimeSchema } from './common';

export const WebinarSchema = z.object({
  id: z.number().int(),
  uuid: z.string().optional(),
  topic: z.string(),
  /** 5 webinar, 6 recurring without fixed time, 9 recurring with fixed time. */
  type: z.number().int(),
  join_url: z.string(),
  start_time: z.string().optional(),
  duration: z.number().optional(),
  timezone: z.string().optional(),
  agenda: z.string().optional(),
  created_at: z.string().optional(),
  host_id: z.string().optional(),
  registration_url: z.string().optional(),
  /** Starts the webinar as host: shown to the host only, never logged or cached. */
  start_url: z.string().optional(),
  occurrences: z.array(OccurrenceSchema).optional(),
  recurrence: RecurrenceSchema.optional(),
  settings: z
    .object({
      approval_type: z.number().int().optional(),
      registration_type: z.number().int().optional(),
      registrants_confirmation_email: z.boolean().optional(),
    })
    .optional(),
});
export type Webinar = z.infer<typeof WebinarSchema>;

export const WebinarListSchema = z.object({
  webinars: z
    .array(WebinarSchema.omit({ settings: true, occurrences: true, recurrence: true, start_url: true }))
    .default([]),
  ...PageInfoSchema,
});
export type WebinarList = z.infer<typeof WebinarListSchema>;

export const CreateWebinarRequestSchema = z
  .strictObject({
    topic: z.string().trim().min(1).max(200),
    type: z.union([z.literal(5), z.literal(6), z.literal(9)]),
    start_time: ZoomDateTimeSchema.optional(),
    duration: z.number().int().positive().optional(),
    timezone: z.string().min(1).optional(),
    agenda: z.string().max(2000).optional(),
    password: z.string().max(10).optional(),
    recurrence: RecurrenceSchema.optional(),
    settings: z
      .strictObject({
        approval_type: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
        registration_type: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
        registrants_confirmation_email: z.boolean().optional(),
        host_video: z.boolean().optional(),
        panelists_video: z.boolean().optional(),
        auto_recording: z.enum(['local', 'cloud', 'none']).optional(),
        alternative_hosts: z.string().optional(),
      })
      .optional(),
  })
  .refine((body) => body.type !== 9 || body.recurrence !== undefined, {
    message: 'A recurring webinar (type 9) needs a recurrence.',
    path: ['recurrence'],
  });
export type CreateWebinarRequest = z.input<typeof CreateWebinarRequestSchema>;
