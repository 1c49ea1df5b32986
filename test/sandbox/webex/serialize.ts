import { zoomTime } from '../zoom/time';
import { hostDisplayName, type WebexHost, type WebexMeeting, type WebexRegistrant } from './state';

/** Webex's answers, field names as in test/specs/webex-meetings-api.json. Times are UTC. */

export interface WebexLinks {
  join(meeting: WebexMeeting): string;
  register(meeting: WebexMeeting): string;
}

export function linksFor(baseUrl: () => string): WebexLinks {
  return {
    join: (m) => `${baseUrl()}/webex/j/${m.meetingNumber}`,
    register: (m) => `${baseUrl()}/webex/register/${m.id}`,
  };
}

/** `MeetingSeriesObject` state from the clock: over means "expired", otherwise "active". */
const stateOf = (m: WebexMeeting, now: number) => (m.end <= now && !m.recurrence ? 'expired' : 'active');

function common(m: WebexMeeting, host: WebexHost, links: WebexLinks, now: number) {
  return {
    id: m.id,
    meetingNumber: m.meetingNumber,
    title: m.title,
    ...(m.agenda ? { agenda: m.agenda } : {}),
    password: m.password,
    meetingType: 'meetingSeries' as const,
    state: stateOf(m, now),
    timezone: m.timezone,
    start: zoomTime(m.start),
    end: zoomTime(m.end),
    ...(m.recurrence ? { recurrence: m.recurrence } : {}),
    hostUserId: host.id,
    hostDisplayName: hostDisplayName(host),
    hostEmail: host.email,
    hostKey: m.hostKey,
    siteUrl: host.siteUrl,
    webLink: links.join(m),
    sipAddress: `${m.meetingNumber}@${host.siteUrl}`,
    scheduledType: m.scheduledType,
    enabledJoinBeforeHost: false,
    telephony: {
      accessCode: m.meetingNumber,
      callInNumbers: [
        { label: 'Call-in toll number (US/Canada)', callInNumber: '+1-555-0100', tollType: 'toll' },
      ],
    },
    enabledBreakoutSessions: false,
  };
}

/** GET /meetings/{id} and POST /meetings: the series. */
export function meetingSeries(m: WebexMeeting, host: WebexHost, links: WebexLinks, now: number) {
  return {
    ...common(m, host, links, now),
    ...(m.registration
      ? {
          registerLink: links.register(m),
          registration: {
            autoAcceptRequest: m.registration.autoAcceptRequest,
            requireFirstName: true,
            requireLastName: true,
            requireEmail: true,
            maxRegisterNum: m.registration.maxRegisterNum,
          },
        }
      : {}),
  };
}

/** GET /meetings items, and the PUT/PATCH answers (`MeetingObjectForListMeeting`). */
export function meetingListItem(m: WebexMeeting, host: WebexHost, links: WebexLinks, now: number) {
  return {
    ...common(m, host, links, now),
    meetingSeriesId: m.id,
    hasRegistration: m.registration !== null,
    hasRegistrants: m.registrants.length > 0,
    ...(m.registration
      ? {
          registration: {
            autoAcceptRequest: m.registration.autoAcceptRequest,
            requireFirstName: true,
            requireLastName: true,
            requireEmail: true,
            maxRegisterNum: m.registration.maxRegisterNum,
          },
        }
      : {}),
  };
}

/** `Registrant` (list, get, query) and `RegistrantCreateResponse` (bulkInsert). */
export function registrantObject(r: WebexRegistrant) {
  return {
    id: r.id,
    status: r.status,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    ...r.extra,
    registrationTime: zoomTime(r.registrationTime),
  };
}

/** GET /people/me (`Person`). */
export function personObject(host: WebexHost) {
  return {
    id: host.id,
    emails: [host.email],
    displayName: hostDisplayName(host),
    firstName: host.firstName,
    lastName: host.lastName,
    orgId: host.orgId,
    timezone: host.timezone,
    siteUrls: [`${host.siteUrl}#host`],
    type: 'person',
  };
}
