import type { Links } from './ids';
import { type Registrant, registrationEnabled, type Session, type ZoomUser } from './state';

/**
 * Stored sessions and registrants as Zoom's JSON. Field names and types follow the reference; the
 * contract test validates every shape produced here against the OpenAPI schemas.
 */

const MEETING_SETTINGS = {
  host_video: false,
  participant_video: false,
  join_before_host: false,
  jbh_time: 0,
  mute_upon_entry: false,
  watermark: false,
  use_pmi: false,
  approval_type: 2,
  registration_type: 1,
  audio: 'voip',
  auto_recording: 'none',
  waiting_room: false,
  meeting_authentication: false,
  registrants_confirmation_email: true,
  registrants_email_notification: true,
  close_registration: false,
  show_share_button: false,
  allow_multiple_devices: false,
  private_meeting: false,
  email_notification: true,
  alternative_hosts: '',
};

const WEBINAR_SETTINGS = {
  host_video: false,
  hd_video: false,
  approval_type: 2,
  registration_type: 1,
  audio: 'voip',
  auto_recording: 'none',
  close_registration: false,
  show_share_button: false,
  allow_multiple_devices: false,
  practice_session: false,
  on_demand: false,
  meeting_authentication: false,
  registrants_confirmation_email: true,
  registrants_email_notification: true,
  alternative_hosts: '',
};

export function settingsOf(session: Session): Record<string, unknown> {
  return {
    ...(session.kind === 'meeting' ? MEETING_SETTINGS : WEBINAR_SETTINGS),
    ...session.settings,
  };
}

/** Occurrences still to come (all with `show_previous_occurrences`), never deleted ones. */
export function visibleOccurrences(session: Session, now: number, showPrevious = false) {
  return session.occurrences
    .filter((o) => o.status === 'available')
    .filter((o) => showPrevious || Date.parse(o.start_time) + o.duration * 60_000 > now)
    .map(({ occurrence_id, start_time, duration, status }) => ({
      occurrence_id,
      start_time,
      duration,
      status,
    }));
}

/** The full object of "Get a meeting" / "Get a webinar" (and of the create responses). */
export function sessionObject(
  session: Session,
  user: ZoomUser,
  links: Links,
  now: number,
  showPrevious = false,
) {
  const common = {
    uuid: session.uuid,
    id: session.id,
    host_id: session.host_id,
    host_email: user.email,
    topic: session.topic,
    type: session.type,
    start_time: session.start_time,
    duration: session.duration,
    timezone: session.timezone,
    agenda: session.agenda,
    created_at: session.created_at,
    start_url: links.start(session),
    join_url: links.join(session),
    password: session.password,
    settings: settingsOf(session),
    ...(session.recurrence ? { recurrence: session.recurrence } : {}),
    ...(session.occurrences.length > 0
      ? { occurrences: visibleOccurrences(session, now, showPrevious) }
      : {}),
    // Not in the old OpenAPI export's GET schemas, but Zoom returns it whenever registration is on.
    ...(registrationEnabled(session) ? { registration_url: links.registration(session) } : {}),
  };
  if (session.kind === 'webinar') return { ...common, is_simulive: false };
  return {
    ...common,
    assistant_id: '',
    status: session.status,
    h323_password: session.password,
    pre_schedule: false,
  };
}

/** One row of "List meetings" / "List webinars". */
export function sessionListItem(session: Session, links: Links) {
  return {
    uuid: session.uuid,
    id: session.id,
    host_id: session.host_id,
    topic: session.topic,
    type: session.type,
    start_time: session.start_time,
    duration: session.duration,
    timezone: session.timezone,
    agenda: session.agenda,
    created_at: session.created_at,
    join_url: links.join(session),
  };
}

const EMPTY_PROFILE = {
  address: '',
  city: '',
  country: '',
  zip: '',
  state: '',
  phone: '',
  industry: '',
  org: '',
  job_title: '',
  purchasing_time_frame: '',
  role_in_purchase_process: '',
  no_of_employees: '',
  comments: '',
  custom_questions: [] as unknown[],
};

export function registrantObject(r: Registrant) {
  return {
    id: r.id,
    first_name: r.first_name,
    last_name: r.last_name ?? '',
    email: r.email,
    ...EMPTY_PROFILE,
    ...r.profile,
    status: r.status,
    create_time: r.create_time,
    join_url: r.join_url,
  };
}
