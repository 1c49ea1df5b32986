import { z } from 'zod';

/** `""` means "no more pages"; both that and a missing token mean the end. */
const PageTokenSchema = z
  .string()
  .optional()
  .transform((token) => (token ? token : undefined));

// AI Companion summaries (docs/api/zoom-meetings-api-reference.txt only; the older export in
// test/specs has none).

const summaryFields = {
  meeting_uuid: z.string().min(1),
  meeting_id: z.number().optional(),
  meeting_topic: z.string().optional(),
  meeting_host_id: z.string().optional(),
  meeting_host_email: z.string().optional(),
  meeting_start_time: z.string().optional(),
  meeting_end_time: z.string().optional(),
  summary_start_time: z.string().optional(),
  summary_end_time: z.string().optional(),
  summary_created_time: z.string().optional(),
  summary_last_modified_time: z.string().optional(),
};

export const SummaryListSchema = z.object({
  summaries: z.array(z.object(summaryFields)).default([]),
  next_page_token: PageTokenSchema,
  page_size: z.number().int().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export type SummaryList = z.infer<typeof SummaryListSchema>;

export const SummarySchema = z.object({
  ...summaryFields,
  summary_title: z.string().optional(),
  /** The Markdown summary; the legacy fields below are deprecated but still sent. */
  summary_content: z.string().optional(),
  summary_overview: z.string().optional(),
  summary_details: z
    .array(z.object({ label: z.string().optional(), summary: z.string().optional() }))
    .optional(),
  next_steps: z.array(z.string()).optional(),
  summary_doc_url: z.string().optional(),
  edited_summary: z
    .object({
      summary_overview: z.string().optional(),
      summary_details: z.string().optional(),
      next_steps: z.array(z.string()).optional(),
    })
    .optional(),
});
export type Summary = z.infer<typeof SummarySchema>;
