import { describe, expect, it } from 'vitest';
import {
  composeWebexInvitation,
  formatMeetingTime,
  groupMeetingNumber,
} from '@/lib/providers/webex/invitation';
import type { WebexMeeting } from '@/lib/providers/webex/schemas';
import { TRAINING, webexMeeting } from '@/test/support/fake-provider-api';

const training = webexMeeting(TRAINING, 'Webex partner training', '2026-03-03T10:00:00Z', 90, {
  webLink: 'https://sandbox.webex.example/j/26512345678',
}) as WebexMeeting;

describe('the composed Webex invitation', () => {
  it('says who invites, what, when in the meeting’s zone, and how to join online, by phone and by video', () => {
    expect(composeWebexInvitation(training)).toBe(
      [
        'Wendy Host is inviting you to a Webex meeting.',
        '',
        'Webex partner training',
        'Tuesday, 3 March 2026, 11:00–12:30 (Europe/Paris)',
        '',
        'Join the meeting:',
        'https://sandbox.webex.example/j/26512345678',
        '',
        'Meeting number: 2651 234 5678',
        'Password: Train42',
        '',
        'Join by phone:',
        '+1-555-0100 Call-in toll number (US/Canada)',
        'Access code: 2651 234 5678',
        '',
        'Join by video system: 26512345678@sandbox.webex.example',
      ].join('\n'),
    );
  });

  it('leaves out what the meeting does not have: host, password, phone numbers, video address', () => {
    const { hostDisplayName: _h, password: _p, telephony: _t, sipAddress: _s, ...bare } = training;
    expect(composeWebexInvitation(bare)).toBe(
      [
        'Webex partner training',
        'Tuesday, 3 March 2026, 11:00–12:30 (Europe/Paris)',
        '',
        'Join the meeting:',
        'https://sandbox.webex.example/j/26512345678',
        '',
        'Meeting number: 2651 234 5678',
      ].join('\n'),
    );
    expect(
      composeWebexInvitation({
        ...bare,
        meetingNumber: undefined,
        telephony: { accessCode: '1', callInNumbers: [] },
      }),
    ).not.toMatch(/Meeting number|Join by phone|Password/);
  });

  it('says a series recurs, with its first occurrence', () => {
    const weekly = { ...training, recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=10' };
    expect(composeWebexInvitation(weekly)).toContain(
      'Recurring meeting, starting Tuesday, 3 March 2026, 11:00–12:30 (Europe/Paris)',
    );
  });

  it('gives the time in the meeting’s own zone, across a date line; UTC when the zone is unknown', () => {
    expect(formatMeetingTime('2026-03-03T22:30:00Z', '2026-03-03T23:30:00Z', 'Asia/Tokyo')).toBe(
      'Wednesday, 4 March 2026, 07:30–08:30 (Asia/Tokyo)',
    );
    expect(formatMeetingTime('2026-07-01T16:00:00Z', '2026-07-01T17:00:00Z', 'America/New_York')).toBe(
      'Wednesday, 1 July 2026, 12:00–13:00 (America/New_York)',
    );
    expect(formatMeetingTime('2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z', 'Not/AZone')).toBe(
      'Tuesday, 3 March 2026, 10:00–11:00 (UTC)',
    );
    expect(formatMeetingTime('2026-03-03T10:00:00Z', 'garbage', 'UTC')).toBe(
      'Tuesday, 3 March 2026, 10:00 (UTC)',
    );
    expect(formatMeetingTime('not a date', '', 'UTC')).toBeNull();
  });

  it('groups meeting numbers as Webex shows them, and leaves anything else alone', () => {
    expect(groupMeetingNumber('26512345678')).toBe('2651 234 5678');
    expect(groupMeetingNumber('2651234567')).toBe('265 123 4567');
    expect(groupMeetingNumber('265123456')).toBe('265 123 456');
    expect(groupMeetingNumber('12345')).toBe('12345');
    expect(groupMeetingNumber('abc')).toBe('abc');
  });
});
