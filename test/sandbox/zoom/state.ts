/**
 * The sandbox's Zoom world, in memory. Times are absolute ISO strings here; the seed file stores
 * them as offsets from "now" so upcoming meetings stay upcoming (see seed.ts).
 */

export type RegistrantStatus = 'approved' | 'pending' | 'denied';

export interface ZoomUser {
  id: string;
  account_id: string;
  email: string;
  first_name: string;
  last_name: string;
  display_name: string;
  /** 1 basic, 2 licensed: batch registration needs a licensed host. */
  type: 1 | 2;
  timezone: string;
  pmi: number;
  language: string;
  role_name: string;
  dept: string;
  created_at: string;
  last_login_time: string;
  status: 'active';
  verified: number;
}

export interface Recurrence {
  type: 1 | 2 | 3;
  repeat_interval?: number | undefined;
  weekly_days?: string | undefined;
  monthly_day?: number | undefined;
  monthly_week?: -1 | 1 | 2 | 3 | 4 | undefined;
  monthly_week_day?: number | undefined;
  end_times?: number | undefined;
  end_date_time?: string | undefined;
}

export interface Occurrence {
  occurrence_id: string;
  start_time: string;
  duration: number;
  status: 'available' | 'deleted';
}

export interface Registrant {
  id: string;
  email: string;
  first_name: string;
  last_name?: string | undefined;
  status: RegistrantStatus;
  create_time: string;
  join_url: string;
  /** Occurrences of a recurring session this person is registered for; empty otherwise. */
  occurrence_ids: string[];
  /** Optional profile fields (address, org, custom_questions, ...) as they were sent. */
  profile: Record<string, unknown>;
}

export interface Livestream {
  stream_url: string;
  stream_key: string;
  page_url: string;
  resolution: string;
  status: 'started' | 'stopped';
  display_name?: string | undefined;
  active_speaker_name?: boolean | undefined;
  /** Start settings as Zoom's reference gives them (docs/api), kept so tests see what a start asked for. */
  layout?: 'follow_host' | 'gallery_view' | 'speaker_view' | undefined;
  close_caption?: 'burnt-in' | 'embedded' | 'off' | undefined;
}

/** A meeting or a webinar: they register people the same way, with different types and messages. */
export interface Session {
  kind: 'meeting' | 'webinar';
  id: number;
  uuid: string;
  host_id: string;
  topic: string;
  /** Meetings 1, 2, 3, 8; webinars 5, 6, 9. */
  type: number;
  /** For recurring sessions, the first occurrence. */
  start_time: string;
  duration: number;
  timezone: string;
  agenda: string;
  password: string;
  created_at: string;
  /** 'started' means live now: only then can a live stream start. */
  status: 'waiting' | 'started';
  settings: Record<string, unknown> & { approval_type: 0 | 1 | 2 };
  recurrence?: Recurrence | undefined;
  occurrences: Occurrence[];
  registrants: Registrant[];
  livestream: Livestream;
}

export interface Summary {
  meeting_id: number;
  meeting_uuid: string;
  meeting_topic: string;
  meeting_host_id: string;
  meeting_host_email: string;
  meeting_start_time: string;
  meeting_end_time: string;
  summary_start_time: string;
  summary_end_time: string;
  summary_created_time: string;
  summary_last_modified_time: string;
  summary_title: string;
  /** Markdown, as Zoom's AI Companion writes it. */
  summary_content: string;
  summary_overview?: string | undefined;
  next_steps: string[];
}

export interface ZoomState {
  user: ZoomUser;
  meetings: Session[];
  webinars: Session[];
  summaries: Summary[];
}

/** Registration is on unless approval_type is 2 ("no registration required"). */
export function registrationEnabled(session: Session): boolean {
  return session.settings.approval_type !== 2;
}

/** When the session's last (non-deleted) occurrence ends, in ms. */
export function endsAt(session: Session): number {
  const live = session.occurrences.filter((o) => o.status === 'available');
  if (live.length > 0) {
    const last = live[live.length - 1]!;
    return Date.parse(last.start_time) + last.duration * 60_000;
  }
  return Date.parse(session.start_time) + session.duration * 60_000;
}

export function isOver(session: Session, now: number): boolean {
  // Recurring sessions without a fixed time (3, 6) never end on their own.
  if (session.type === 3 || session.type === 6) return false;
  return session.status !== 'started' && endsAt(session) <= now;
}
