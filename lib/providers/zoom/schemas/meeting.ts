import { z } from 'zod';
import { OccurrenceSchema, PageInfoSchema, RecurrenceSchema, ZoomDateTimeSchema } from './common';

const settingsFields = {
  /** 0 automatic, 1 manual, 2 no registration required. */
  approval_type: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  /** For recurring meetings: 1 once for all, 2 each occurrence, 3 once for chosen occurrences. */
  registration_type: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  waiting_room: z.boolean().optional(),
  join_before_host: z.boolean().optional(),
  jbh_time: z.union([z.literal(0), z.literal(5), z.literal(10)]).optional(),
  mute_upon_entry: z.boolean().optional(),
  host_video: z.boolean().optional(),
  participant_video: z.boolean().optional(),
  auto_recording: z.enum(['local', 'cloud', 'none']).optional(),
  audio: z.enum(['both', 'telephony', 'voip']).optional(),
  alternative_hosts: z.string().optional(),
  registrants_confirmation_email: z.boolean().optional(),
  registrants_email_notification: z.boolean().optional(),
  meeting_authentication: z.boolean().optional(),
  close_registration: z.boolean().optional(),
  email_notification: z.boolean().optional(),
  private_meeting: z.boolean().optional(),
};

export const MeetingSettingsInputSchema = z.strictObject(settingsFields);

/** Zoom adds settings over time; read leniently (a new enum value must not break a meeting). */
const MeetingSettingsSchema = z.object({
  approval_type: z.number().int().optional(),
  registration_type: z.number().int().optional(),
  waiting_room: z.boolean().optional(),
  join_before_host: z.boolean().optional(),
  mute_upon_entry: z.boolean().optional(),
  auto_recording: z.string().optional(),
  alternative_hosts: z.string().optional(),
  registrants_confirmation_email: z.boolean().optional(),
});

export const MeetingSchema = z.object({
  id: z.number().int(),
  uuid: z.string().optional(),
  topic: z.string(),
  /** 1 instant, 2 scheduled, 3 recurring without fixed time, 4 PMI, 8 recurring fixed time. */
  type: z.number().int(),
  join_url: z.string(),
  status: z.string().optional(),
  start_time: z.string().optional(),
  duration: z.number().optional(),
  timezone: z.string().optional(),
  agenda: z.string().optional(),
  created_at: z.string().optional(),
  host_id: z.string().optional(),
  host_email: z.string().optional(),
  password: z.string().optional(),
  registration_url: z.string().optional(),
  /** Starts the meeting as host: shown to the host only, never logged. */
  start_url: z.string().optional(),
  occurrences: z.array(OccurrenceSchema).optional(),
  recurrence: RecurrenceSchema.optional(),
  settings: MeetingSettingsSchema.optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingListItemSchema = MeetingSchema.pick({
  id: true,
  uuid: true,
  topic: true,
  type: true,
  join_url: true,
  start_time: true,
  duration: true,
  timezone: true,
  agenda: true,
  created_at: true,
  host_id: true,
});

export const MeetingListSchema = z.object({
  meetings: z.array(MeetingListItemSchema).default([]),
  ...PageInfoSchema,
});
export type MeetingList = z.infer<typeof MeetingListSchema>;

const meetingBodyFields = {
  topic: z.string().trim().min(1).max(200),
  /** 2 scheduled, 8 recurring with a fixed time: the two a calendar event maps to. */
  type: z.union([z.literal(2), z.literal(8)]),
  start_time: ZoomDateTimeSchema,
  duration: z.number().int().positive(),
  timezone: z.string().min(1),
  agenda: z.string().max(2000),
  password: z.string().max(10),
  /** `false`: no generated passcode when none is given (unless the account requires one). */
  default_password: z.boolean(),
  recurrence: RecurrenceSchema,
  settings: MeetingSettingsInputSchema,
};

export const CreateMeetingRequestSchema = z
  .strictObject({ ...meetingBodyFields })
  .partial()
  .required({ topic: true, type: true, start_time: true })
  .refine((body) => body.type !== 8 || body.recurrence !== undefined, {
    message: 'A recurring meeting (type 8) needs a recurrence.',
    path: ['recurrence'],
  });
export type CreateMeetingRequest = z.input<typeof CreateMeetingRequestSchema>;

export const UpdateMeetingRequestSchema = z.strictObject(meetingBodyFields).partial();
export type UpdateMeetingRequest = z.input<typeof UpdateMeetingRequestSchema>;

export const InvitationSchema = z.object({
  invitation: z.string(),
  sip_links: z.array(z.string()).optional(),
});
