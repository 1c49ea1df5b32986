import { z } from 'zod';

// Webex Meetings shapes, from test/specs/webex-meetings-api.json (and
// docs/api/webex-bulk-insert-registrants.txt for bulkInsert).
// Only the fields the product reads are named; objects are not strict, so a field Webex adds later
// passes through without breaking a parse.

/** `GET /people/me` (`Person`). */
export const PersonSchema = z.object({
  id: z.string().min(1),
  emails: z.array(z.string()).min(1),
  displayName: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  orgId: z.string().optional(),
  timezone: z.string().optional(),
  siteUrls: z.array(z.string()).optional(),
});
export type WebexPerson = z.infer<typeof PersonSchema>;

export const RegistrationSettingsSchema = z.object({
  autoAcceptRequest: z.boolean().optional(),
  requireFirstName: z.boolean().optional(),
  requireLastName: z.boolean().optional(),
  requireEmail: z.boolean().optional(),
  maxRegisterNum: z.number().optional(),
});

/** `MeetingSeriesObject` (create, get) and `MeetingObjectForListMeeting` (list, update). */
export const MeetingSchema = z.object({
  id: z.string().min(1),
  meetingSeriesId: z.string().optional(),
  meetingNumber: z.string().optional(),
  title: z.string(),
  agenda: z.string().optional(),
  password: z.string().optional(),
  meetingType: z.enum(['meetingSeries', 'scheduledMeeting', 'meeting']),
  state: z.string(),
  timezone: z.string(),
  start: z.string(),
  end: z.string(),
  recurrence: z.string().optional(),
  hostEmail: z.string().optional(),
  hostDisplayName: z.string().optional(),
  siteUrl: z.string().optional(),
  webLink: z.string(),
  registerLink: z.string().optional(),
  sipAddress: z.string().optional(),
  scheduledType: z.enum(['meeting', 'webinar', 'personalRoomMeeting']).optional(),
  registration: RegistrationSettingsSchema.optional(),
  telephony: z
    .object({
      accessCode: z.string(),
      callInNumbers: z.array(z.object({ label: z.string(), callInNumber: z.string(), tollType: z.string() })),
    })
    .optional(),
});
export type WebexMeeting = z.infer<typeof MeetingSchema>;

export const MeetingListSchema = z.object({ items: z.array(MeetingSchema) });

/** `CreateMeetingObject`, the fields the product sends. `start`/`end`: ISO 8601 with an offset. */
export const CreateMeetingRequestSchema = z.object({
  title: z.string().trim().min(1).max(128),
  start: z.string().min(1),
  end: z.string().min(1),
  timezone: z.string().optional(),
  /** RFC 2445 RRULE, without the `RRULE:` prefix. */
  recurrence: z.string().optional(),
  agenda: z.string().max(1300).optional(),
  password: z.string().optional(),
  scheduledType: z.enum(['meeting', 'webinar']).optional(),
  enabledJoinBeforeHost: z.boolean().optional(),
  sendEmail: z.boolean().optional(),
  /** Present: registration on (the host approves unless `autoAcceptRequest`). Absent: off. */
  registration: RegistrationSettingsSchema.optional(),
});
export type CreateWebexMeeting = z.infer<typeof CreateMeetingRequestSchema>;

/**
 * `PatchMeetingObject`: any of the schedule fields. `recurrence: null` (the keyword, not a string)
 * makes a series a single meeting again; an empty string is not a rule.
 */
export const UpdateMeetingRequestSchema = CreateMeetingRequestSchema.omit({
  registration: true,
  scheduledType: true,
})
  .extend({ recurrence: z.string().min(1).nullable() })
  .partial();
export type UpdateWebexMeeting = z.infer<typeof UpdateMeetingRequestSchema>;

export const RegistrantStatusSchema = z.enum(['approved', 'pending', 'rejected']);
export type WebexRegistrantStatus = z.infer<typeof RegistrantStatusSchema>;

/** `Registrant` (list, get, query) and `RegistrantCreateResponse` (bulkInsert). */
export const RegistrantSchema = z.object({
  id: z.string().min(1),
  status: RegistrantStatusSchema,
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string(),
  registrationTime: z.string().optional(),
});
export type WebexRegistrant = z.infer<typeof RegistrantSchema>;

export const RegistrantListSchema = z.object({ items: z.array(RegistrantSchema) });

/** `RegistrantFormObject`: Webex requires first name, last name and e-mail. */
export const RegistrantFormSchema = z.object({
  firstName: z.string().trim().min(1),
  lastName: z.string().trim().min(1),
  email: z.email(),
  sendEmail: z.boolean().optional(),
  jobTitle: z.string().optional(),
  companyName: z.string().optional(),
});
export type WebexRegistrantForm = z.infer<typeof RegistrantFormSchema>;

export const BulkInsertRequestSchema = z.object({ items: z.array(RegistrantFormSchema).min(1) });

/** `queryRegistrants`. */
export const QueryRequestSchema = z.object({
  emails: z.array(z.string()).min(1),
  status: RegistrantStatusSchema.optional(),
  orderType: z.enum(['DESC', 'ASC']).optional(),
  orderBy: z.enum(['firstName', 'lastName', 'status', 'email']).optional(),
});

/** approve, reject and cancel take the same body. */
export const StatusChangeRequestSchema = z.object({
  sendEmail: z.boolean().optional(),
  registrants: z.array(z.object({ id: z.string().min(1) })).min(1),
});

/** 204 answers: no body. */
export const NoContentSchema = z.undefined();

/** `current` and `hostEmail`, the query parameters of every registrant endpoint. */
export interface SeriesScope {
  /** Only the current scheduled meeting of the series (default: the whole series). */
  current?: boolean;
  /** Admin apps only: act for this host. */
  hostEmail?: string;
}
