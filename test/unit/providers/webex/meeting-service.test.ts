import { describe, expect, it } from 'vitest';
import { type CalendarEvent, CalendarEventSchema } from '@/lib/protocol/calendar-event';
import { createLinkStore } from '@/lib/meetings/link-store';
import { createWebexMeetingService, webexScheduleChanges } from '@/lib/providers/webex/meeting-service';
import { DEFAULT_MEETING_DEFAULTS } from '@/lib/storage';
import { sandboxApi } from '@/test/support/sandbox-api';

const { setup } = sandboxApi('webex');

const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent =>
  CalendarEventSchema.parse({
    site: 'google',
    id: 'evt-w',
    title: 'Partner training',
    start: '2027-05-12T10:00:00',
    end: '2027-05-12T11:30:00',
    timeZone: 'Europe/Berlin',
    allDay: false,
    guests: [],
    description: 'Bring the numbers.',
    location: '',
    ...patch,
  });

function service(signedIn = true) {
  const h = setup();
  const links = createLinkStore();
  const webexService = createWebexMeetingService({
    api: h.webex,
    links,
    defaults: async () => ({ ...DEFAULT_MEETING_DEFAULTS, registration: 'manual' }),
    session: { isSignedIn: async () => signedIn, signedOutReason: async () => null },
    now: h.now,
  });
  return { ...h, links, service: webexService };
}

describe('the Webex meeting service against the sandbox', () => {
  it('creates the meeting at the event’s time and zone, links it, and builds the invitation', async () => {
    const s = service();
    const { link, invitation } = await s.service.attach(event());
    const meeting = s.meeting(link.meetingId);
    expect(meeting).toMatchObject({ title: 'Partner training', timezone: 'Europe/Berlin' });
    expect(link).toMatchObject({ provider: 'webex', topic: 'Partner training', registration: true });
    expect(link.meetingId).toMatch(/^[0-9a-f]{32}$/);
    expect(invitation).toContain(link.joinUrl);
    expect(invitation).toMatch(/Meeting number: \d{4} \d{3} \d{4}/);
    // The wall-clock time in the event’s own zone, as the calendar shows it.
    expect(invitation).toContain('10:00–11:30 (Europe/Berlin)');
    expect(invitation).toContain('Password: ');
    await expect(s.links.byEvent('google:evt-w')).resolves.toMatchObject({ link });
  });

  it('answers a second attach with the same meeting, never a duplicate', async () => {
    const s = service();
    const first = await s.service.attach(event());
    const second = await s.service.attach(event());
    expect(second.link).toEqual(first.link);
    expect(s.calls(/\/meetings$/)).toHaveLength(1);
  });

  it('refuses what Webex would refuse before any request (a 5-minute event)', async () => {
    const s = service();
    await expect(s.service.attach(event({ end: '2027-05-12T10:05:00' }))).rejects.toThrow(
      /at least 10 minutes/,
    );
    expect(s.calls(/\/meetings$/)).toHaveLength(0);
  });

  it('syncs only what changed, and answers a new invitation', async () => {
    const s = service();
    const { link } = await s.service.attach(event());
    await expect(s.service.sync(event())).resolves.toMatchObject({ updated: false, invitation: null });
    const moved = await s.service.sync(
      event({ title: 'Partner training (moved)', start: '2027-05-12T12:00:00', end: '2027-05-12T13:30:00' }),
    );
    expect(moved).toMatchObject({ updated: true, link: { topic: 'Partner training (moved)' } });
    expect(moved.invitation).toContain('Partner training (moved)');
    const patches = s.sandbox.requests().filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(s.meeting(link.meetingId)).toMatchObject({ title: 'Partner training (moved)' });
  });

  it('makes a series a single meeting again with recurrence null, as the spec’s PATCH takes it', async () => {
    const s = service();
    const weekly = {
      frequency: 'weekly' as const,
      interval: 1,
      byWeekDays: ['WE' as const],
      end: { type: 'count' as const, count: 5 },
      rule: 'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=5',
    };
    const { link } = await s.service.attach(event({ recurrence: weekly }));
    expect(s.meeting(link.meetingId)?.recurrence).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=WE;COUNT=5');
    // The person made the event non-recurring and saved it.
    await expect(s.service.sync(event())).resolves.toMatchObject({ updated: true });
    const patch = s.sandbox.requests().find((r) => r.method === 'PATCH')!;
    expect(patch.status).toBe(200);
    expect(s.meeting(link.meetingId)?.recurrence).toBeNull();
    // Told once: the snapshot now has no rule, so the next save sends nothing.
    await expect(s.service.sync(event())).resolves.toMatchObject({ updated: false });
  });

  it('sends null for a removed rule, never an empty string', () => {
    const base = {
      title: 'T',
      start: '2027-05-12T10:00:00+02:00',
      end: '2027-05-12T11:00:00+02:00',
      timezone: 'Europe/Berlin',
    };
    expect(webexScheduleChanges({ ...base, recurrence: 'FREQ=DAILY;INTERVAL=1' }, base)).toEqual({
      recurrence: null,
    });
    expect(webexScheduleChanges(base, { ...base, recurrence: 'FREQ=DAILY;INTERVAL=1' })).toEqual({
      recurrence: 'FREQ=DAILY;INTERVAL=1',
    });
  });

  it('finds a new event’s meeting by its link in the location from its tab, and links the event', async () => {
    const s = service();
    // Attached from a new event (no id yet): only the link in the location connects the two.
    const { link } = await s.service.attach(event({ id: undefined }), 7);
    await expect(s.service.linkFor(event({ id: 'evt-later', location: 'Room 4' }), 7)).resolves.toEqual({
      link: null,
    });
    // From another tab the same location only offers it.
    const later = event({ id: 'evt-later', location: `Room 4 / ${link.joinUrl}` });
    await expect(s.service.linkFor(later, 8)).resolves.toEqual({ link: null, candidate: link });
    await expect(s.links.byEvent('google:evt-later')).resolves.toBeNull();
    await expect(s.service.linkFor(later, 7)).resolves.toEqual({ link });
    await expect(s.links.byEvent('google:evt-later')).resolves.toMatchObject({ link });
  });

  it('removes only the meeting linked to the event, and forgets it', async () => {
    const s = service();
    const { link } = await s.service.attach(event());
    const ref = (id: string) => ({ site: 'google' as const, id, location: link.joinUrl });
    // Another event whose location holds this meeting's link deletes nothing.
    await expect(s.service.remove(ref('evt-other'), 7)).rejects.toThrow(/no Webex meeting linked/);
    expect(s.meeting(link.meetingId)).toBeDefined();
    await expect(s.service.remove(ref('evt-w'), 7)).resolves.toEqual({ removed: true });
    expect(s.meeting(link.meetingId)).toBeUndefined();
    await expect(s.links.byMeeting(link.meetingId)).resolves.toBeNull();
  });

  it('answers signed-out before anything else', async () => {
    const s = service(false);
    await expect(s.service.attach(event())).rejects.toMatchObject({ kind: 'signed-out' });
    expect(s.sandbox.requests()).toHaveLength(0);
  });
});
