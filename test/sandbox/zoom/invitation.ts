import type { Links } from './ids';
import { registrationEnabled, type Session, type ZoomUser } from './state';
import { invitationTime } from './time';

/** The invitation text Zoom hands out, with its CRLF line ends and grouped meeting number. */
export function invitationText(session: Session, user: ZoomUser, links: Links): string {
  const lines = [
    `${user.display_name} is inviting you to a scheduled Zoom meeting.`,
    '',
    `Topic: ${session.topic}`,
    `Time: ${invitationTime(Date.parse(session.start_time), session.timezone)}`,
  ];
  if (session.recurrence) {
    const unit = { 1: 'day', 2: 'week', 3: 'month' }[session.recurrence.type];
    const every =
      (session.recurrence.repeat_interval ?? 1) > 1 ? `${session.recurrence.repeat_interval} ${unit}s` : unit;
    lines.push(`Every ${every}, ${session.occurrences.length} occurrence(s)`);
  }
  lines.push('');
  if (registrationEnabled(session)) {
    lines.push(
      'Register in advance for this meeting:',
      links.registration(session),
      '',
      'After registering, you will receive a confirmation email containing information about joining the meeting.',
    );
  } else {
    lines.push('Join Zoom Meeting', links.join(session));
  }
  lines.push('', `Meeting ID: ${groupDigits(session.id)}`, `Passcode: ${session.password}`, '');
  return lines.join('\r\n');
}

/** 81000000001 -> "810 0000 0001", as Zoom prints meeting numbers. */
function groupDigits(id: number): string {
  const s = String(id);
  return s.length === 11
    ? `${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}`
    : s.replace(/(\d{3})(?=\d)/g, '$1 ');
}
