import { z } from 'zod';

// Written from the reference (docs/api/zoom-meetings-api-reference.txt and
// test/specs/zoom-meeting-api.json). Responses are lenient about
// what Zoom may leave out and strict about what the product relies on; request bodies are strict,
// so a bad value is refused here with a clear message rather than by Zoom after a round trip.

/** Zoom sends `""` for "no more pages"; both that and a missing token mean the end. */
export const PageTokenSchema = z
  .string()
  .optional()
  .transform((token) => (token ? token : undefined));

export const PageInfoSchema = {
  next_page_token: PageTokenSchema,
  page_size: z.number().int().optional(),
  total_records: z.number().int().optional(),
};

export const OccurrenceSchema = z.object({
  occurrence_id: z.string(),
  start_time: z.string().optional(),
  duration: z.number().optional(),
  status: z.string().optional(),
});

/** 1 daily, 2 weekly, 3 monthly. `weekly_days` is a comma list of 1 (Sunday) to 7 (Saturday). */
export const RecurrenceSchema = z.object({
  type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  repeat_interval: z.number().int().positive().optional(),
  weekly_days: z
    .string()
    .regex(/^[1-7](,[1-7])*$/, 'weekly_days is a comma-separated list of 1 (Sunday) to 7 (Saturday)')
    .optional(),
  monthly_day: z.number().int().min(1).max(31).optional(),
  monthly_week: z.union([z.literal(-1), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  monthly_week_day: z.number().int().min(1).max(7).optional(),
  end_times: z.number().int().positive().optional(),
  end_date_time: z.string().optional(),
});
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** Zoom's date-times: `2026-03-25T07:29:29Z`, or local time read in the body's `timezone`. */
export const ZoomDateTimeSchema = z.iso.datetime({ local: true, offset: true });

/** For 204 answers (and any body Zoom adds to them): nothing the caller needs. */
export const NoContentSchema = z.unknown().transform((): undefined => undefined);

export const IdSchema = z.union([z.number().int().positive(), z.string().min(1)]);
export type ZoomId = z.infer<typeof IdSchema>;
