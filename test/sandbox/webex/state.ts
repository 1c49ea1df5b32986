/** The Webex world the sandbox serves: one host (the signed-in person) and their meetings. */

export interface WebexHost {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  orgId: string;
  timezone: string;
  siteUrl: string;
}

export type WebexRegistrantStatus = 'approved' | 'pending' | 'rejected';

export interface WebexRegistrant {
  id: string;
  status: WebexRegistrantStatus;
  firstName: string;
  lastName: string;
  email: string;
  /** Epoch ms. */
  registrationTime: number;
  /** The optional form fields bulkInsert accepts, kept as sent (jobTitle, companyName, ...). */
  extra: Record<string, string | number>;
}

export interface WebexMeeting {
  /** A meeting series id: 32 hex characters. */
  id: string;
  meetingNumber: string;
  title: string;
  agenda: string;
  password: string;
  /** Epoch ms. */
  start: number;
  end: number;
  timezone: string;
  recurrence: string | null;
  scheduledType: 'meeting' | 'webinar';
  hostKey: string;
  /** `null`: the meeting takes no registrations (bulkInsert refuses). */
  registration: { autoAcceptRequest: boolean; maxRegisterNum: number } | null;
  registrants: WebexRegistrant[];
}

export interface WebexState {
  host: WebexHost;
  meetings: WebexMeeting[];
}

export const hostDisplayName = (host: WebexHost) => `${host.firstName} ${host.lastName}`.trim();
