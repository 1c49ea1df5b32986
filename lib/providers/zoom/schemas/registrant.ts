import { z } from 'zod';
import { OccurrenceSchema, PageInfoSchema } from './common';

// Shared by meetings and webinars: Zoom uses the same shapes for both.

export const RegistrantStatusSchema = z.enum(['approved', 'pending', 'denied']);
export type RegistrantStatus = z.infer<typeof RegistrantStatusSchema>;

export const RegistrantSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  /** Zoom may omit it when the list was filtered by status; `listAll` fills it in. */
  status: RegistrantStatusSchema.optional(),
  join_url: z.string().optional(),
  create_time: z.string().optional(),
});
export type Registrant = z.infer<typeof RegistrantSchema>;

export const RegistrantListSchema = z.object({
  registrants: z.array(RegistrantSchema).default([]),
  ...PageInfoSchema,
});
export type RegistrantList = z.infer<typeof RegistrantListSchema>;

const CustomQuestionSchema = z.object({ title: z.string(), value: z.string().max(128) });

export const AddRegistrantRequestSchema = z.strictObject({
  email: z.email(),
  first_name: z.string().trim().min(1),
  last_name: z.string().optional(),
  auto_approve: z.boolean().optional(),
  language: z.string().optional(),
  org: z.string().optional(),
  job_title: z.string().optional(),
  phone: z.string().optional(),
  country: z.string().optional(),
  city: z.string().optional(),
  comments: z.string().optional(),
  custom_questions: z.array(CustomQuestionSchema).optional(),
});
export type AddRegistrantRequest = z.input<typeof AddRegistrantRequestSchema>;

export const AddRegistrantResponseSchema = z.object({
  registrant_id: z.string().min(1),
  /** Absent while a registrant awaits manual approval. */
  join_url: z.string().optional(),
  id: z.union([z.number(), z.string()]).optional(),
  topic: z.string().optional(),
  start_time: z.string().optional(),
  occurrences: z.array(OccurrenceSchema).optional(),
});
export type AddRegistrantResponse = z.infer<typeof AddRegistrantResponseSchema>;

export const BATCH_LIMIT = 30;

export const BatchRegistrantsRequestSchema = z.strictObject({
  auto_approve: z.boolean().optional(),
  registrants_confirmation_email: z.boolean().optional(),
  registrants: z
    .array(
      z.strictObject({
        email: z.email(),
        first_name: z.string().trim().min(1),
        last_name: z.string().optional(),
      }),
    )
    .min(1)
    .max(BATCH_LIMIT),
});
export type BatchRegistrantsRequest = z.input<typeof BatchRegistrantsRequestSchema>;

export const BatchRegistrantsResponseSchema = z.object({
  registrants: z
    .array(
      z.object({
        email: z.string(),
        registrant_id: z.string().min(1),
        join_url: z.string().optional(),
        participant_pin_code: z.number().optional(),
      }),
    )
    .default([]),
});
export type BatchRegistrantsResponse = z.infer<typeof BatchRegistrantsResponseSchema>;

export const RegistrantStatusUpdateSchema = z.strictObject({
  action: z.enum(['approve', 'deny', 'cancel']),
  registrants: z
    .array(
      z
        .strictObject({ id: z.string().min(1).optional(), email: z.email().optional() })
        .refine(
          (r) => r.id !== undefined || r.email !== undefined,
          'Each registrant needs an id or an email.',
        ),
    )
    .min(1)
    .max(BATCH_LIMIT),
});
export type RegistrantStatusUpdate = z.input<typeof RegistrantStatusUpdateSchema>;
