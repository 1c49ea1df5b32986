import { z } from 'zod';

/**
 * What the sandbox accepts in request bodies, written from the reference (docs/api/zoom-meetings-api-reference.txt and the OpenAPI
 * export). Unknown fields are dropped, as Zoom ignores them; known ones are type-checked, so a client
 * sending the wrong type hears about it here rather than in production.
 */

const dateTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.test(s), {
    message: 'Invalid date-time',
    params: { format: 'datetime' },
  });

export const RecurrenceInput = z.object({
  type: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  repeat_interval: z.int().min(1).max(99).optional(),
  weekly_days: z
    .string()
    .regex(/^[1-7](,[1-7])*$/)
    .optional(),
  monthly_day: z.int().min(1).max(31).optional(),
  monthly_week: z.union([z.literal(-1), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  monthly_week_day: z.int().min(1).max(7).optional(),
  end_times: z.int().min(1).max(60).optional(),
  end_date_time: dateTime.optional(),
});

const approvalType = z.union([z.literal(0), z.literal(1), z.literal(2)]);
const registrationType = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** Settings both meetings and webinars have. */
const commonSettings = {
  host_video: z.boolean().optional(),
  approval_type: approvalType.optional(),
  registration_type: registrationType.optional(),
  audio: z.enum(['both', 'telephony', 'voip']).optional(),
  auto_recording: z.enum(['local', 'cloud', 'none']).optional(),
  alternative_hosts: z.string().optional(),
  close_registration: z.boolean().optional(),
  contact_name: z.string().optional(),
  contact_email: z.string().optional(),
  registrants_email_notification: z.boolean().optional(),
  registrants_confirmation_email: z.boolean().optional(),
  meeting_authentication: z.boolean().optional(),
  show_share_button: z.boolean().optional(),
  allow_multiple_devices: z.boolean().optional(),
};

export const MeetingSettingsInput = z.object({
  ...commonSettings,
  participant_video: z.boolean().optional(),
  join_before_host: z.boolean().optional(),
  jbh_time: z.union([z.literal(0), z.literal(5), z.literal(10)]).optional(),
  mute_upon_entry: z.boolean().optional(),
  waiting_room: z.boolean().optional(),
  watermark: z.boolean().optional(),
  use_pmi: z.boolean().optional(),
  focus_mode: z.boolean().optional(),
  private_meeting: z.boolean().optional(),
  email_notification: z.boolean().optional(),
});

export const WebinarSettingsInput = z.object({
  ...commonSettings,
  hd_video: z.boolean().optional(),
  practice_session: z.boolean().optional(),
  on_demand: z.boolean().optional(),
  post_webinar_survey: z.boolean().optional(),
  registrants_restrict_number: z.int().min(0).optional(),
});

const sessionFields = {
  topic: z.string().max(200).optional(),
  start_time: dateTime.optional(),
  duration: z.int().min(0).max(1440).optional(),
  timezone: z.string().min(1).optional(),
  agenda: z.string().max(2000).optional(),
  password: z.string().max(10).optional(),
  recurrence: RecurrenceInput.optional(),
  schedule_for: z.string().optional(),
  template_id: z.string().optional(),
};

export const MeetingInput = z.object({
  ...sessionFields,
  type: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(8)]).optional(),
  pre_schedule: z.boolean().optional(),
  default_password: z.boolean().optional(),
  settings: MeetingSettingsInput.optional(),
});
export type MeetingInput = z.output<typeof MeetingInput>;

export const WebinarInput = z.object({
  ...sessionFields,
  type: z.union([z.literal(5), z.literal(6), z.literal(9)]).optional(),
  settings: WebinarSettingsInput.optional(),
});
export type WebinarInput = z.output<typeof WebinarInput>;

const profileFields = {
  address: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  zip: z.string().optional(),
  country: z.string().optional(),
  phone: z.string().optional(),
  comments: z.string().optional(),
  industry: z.string().optional(),
  job_title: z.string().optional(),
  org: z.string().optional(),
  custom_questions: z.array(z.object({ title: z.string(), value: z.string().max(128) })).optional(),
};

export const RegistrantInput = z.object({
  email: z.email().max(128),
  first_name: z.string().min(1).max(64),
  last_name: z.string().max(64).optional(),
  ...profileFields,
  language: z.string().optional(),
  auto_approve: z.boolean().optional(),
});
export type RegistrantInput = z.output<typeof RegistrantInput>;

/** Batches hold at most 30 people: the reference's limit for both meetings and webinars. */
export const BATCH_MAX = 30;

export const BatchInput = z.object({
  auto_approve: z.boolean().optional(),
  registrants_confirmation_email: z.boolean().optional(),
  registrants: z
    .array(
      z.object({
        email: z.email(),
        first_name: z.string().min(1).max(64),
        last_name: z.string().max(64).optional(),
      }),
    )
    .min(1)
    .max(BATCH_MAX),
});

export const StatusInput = z.object({
  action: z.enum(['approve', 'cancel', 'deny']),
  registrants: z
    .array(z.object({ id: z.string().optional(), email: z.string().optional() }))
    .min(1)
    .max(BATCH_MAX),
});

export const LivestreamInput = z.object({
  stream_url: z.string().min(1).max(1024),
  stream_key: z.string().min(1).max(512),
  page_url: z.url().max(1024),
  resolution: z.string().optional(),
});

export const LivestreamStatusInput = z.object({
  action: z.enum(['start', 'stop']),
  settings: z
    .object({
      active_speaker_name: z.boolean().optional(),
      display_name: z.string().max(50).optional(),
      layout: z.enum(['follow_host', 'gallery_view', 'speaker_view']).optional(),
      close_caption: z.enum(['burnt-in', 'embedded', 'off']).optional(),
    })
    .optional(),
});
