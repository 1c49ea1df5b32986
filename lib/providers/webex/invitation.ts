import type { WebexMeeting } from './schemas';

// Webex's API has no invitation text (Zoom's has one per meeting), so "Copy invitation" composes one
// from the meeting itself. Plain text, English as Zoom's own invitations are, the same on every
// machine: the time is the meeting's, in its own zone, and the words are assembled here rather than
// left to a locale's date pattern.

type Invited = Pick<
  WebexMeeting,
  | 'title'
  | 'start'
  | 'end'
  | 'timezone'
  | 'webLink'
  | 'meetingNumber'
  | 'password'
  | 'hostDisplayName'
  | 'recurrence'
  | 'sipAddress'
  | 'telephony'
>;

/** "2651 234 5678": Webex groups meeting numbers so they can be read out and typed on a phone. */
export function groupMeetingNumber(digits: string): string {
  if (!/^\d{9,}$/.test(digits)) return digits;
  if (digits.length === 9) return digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
  return `${digits.slice(0, -7)} ${digits.slice(-7, -4)} ${digits.slice(-4)}`;
}

function zoneOrUtc(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function parts(instant: number, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** "Tuesday, 3 March 2026, 11:00–12:30 (Europe/Paris)": the meeting's own wall clock and zone. */
export function formatMeetingTime(start: string, end: string, timeZone: string): string | null {
  const from = Date.parse(start);
  if (Number.isNaN(from)) return null;
  const zone = zoneOrUtc(timeZone);
  const s = parts(from, zone);
  const to = Date.parse(end);
  const e = Number.isNaN(to) || to <= from ? null : parts(to, zone);
  const until = e ? `–${e.hour}:${e.minute}` : '';
  return `${s.weekday}, ${s.day} ${s.month} ${s.year}, ${s.hour}:${s.minute}${until} (${zone})`;
}

/** The invitation to paste into a mail or chat: when, how to join online, by phone, by video system. */
export function composeWebexInvitation(meeting: Invited): string {
  const lines: string[] = [];
  if (meeting.hostDisplayName)
    lines.push(`${meeting.hostDisplayName} is inviting you to a Webex meeting.`, '');
  lines.push(meeting.title);
  const when = formatMeetingTime(meeting.start, meeting.end, meeting.timezone);
  if (when) lines.push(meeting.recurrence ? `Recurring meeting, starting ${when}` : when);
  lines.push('', 'Join the meeting:', meeting.webLink);

  const number = meeting.meetingNumber ? groupMeetingNumber(meeting.meetingNumber) : '';
  if (number || meeting.password) lines.push('');
  if (number) lines.push(`Meeting number: ${number}`);
  if (meeting.password) lines.push(`Password: ${meeting.password}`);

  const phones = meeting.telephony?.callInNumbers ?? [];
  if (phones.length > 0) {
    lines.push('', 'Join by phone:');
    for (const phone of phones) lines.push(`${phone.callInNumber} ${phone.label}`.trim());
    const code = meeting.telephony?.accessCode;
    if (code) lines.push(`Access code: ${groupMeetingNumber(code)}`);
  }
  if (meeting.sipAddress) lines.push('', `Join by video system: ${meeting.sipAddress}`);
  return lines.join('\n');
}
