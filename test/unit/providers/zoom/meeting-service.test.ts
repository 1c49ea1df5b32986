import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CalendarEvent, CalendarEventSchema } from '@/lib/protocol/calendar-event';
import type { Sandbox } from '../../../sandbox/server';
import { CLIENT_ID, meetingHarness, startSandbox } from '@/test/support/zoom-meeting-service';

const event = (patch: Partial<CalendarEvent> = {}): CalendarEvent =>
  CalendarEventSchema.parse({
    site: 'google',
    id: 'evt-1',
    title: 'Quarterly planning',
    start: '2027-05-12T10:00:00',
    end: '2027-05-12T11:30:00',
    timeZone: 'Europe/Berlin',
    allDay: false,
    guests: [],
    description: 'Bring the numbers.',
    location: '',
    ...patch,
  });

let sandbox: Sandbox;
let h: Awaited<ReturnType<typeof meetingHarness>>;

beforeAll(async () => {
  sandbox = await startSandbox({ clientIds: [CLIENT_ID] });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  sandbox.reset();
  h = await meetingHarness(sandbox);
});

describe('attaching a meeting to an event', () => {
  it('creates the meeting at the event’s local time and zone, and answers link and invitation', async () => {
    const { link, invitation } = await h.service.attach(event());
    const meeting = h.meetingAtZoom(link.meetingId);
    expect(meeting).toMatchObject({
      topic: 'Quarterly planning',
      type: 2,
      start_time: '2027-05-12T08:00:00Z',
      timezone: 'Europe/Berlin',
      duration: 90,
      agenda: 'Bring the numbers.',
    });
    expect(link).toEqual({
      provider: 'zoom',
      meetingId: String(meeting!.id),
      joinUrl: expect.stringContaining(`/j/${meeting!.id}`),
      topic: 'Quarterly planning',
      registration: false,
    });
    expect(invitation).toContain('Topic: Quarterly planning');
    expect(invitation).toContain(link.joinUrl);
    await expect(h.links.byEvent('google:evt-1')).resolves.toMatchObject({ link, linkedAt: 1_000 });
    expect(h.apiCalls().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST users/me/meetings',
      `GET meetings/${link.meetingId}/invitation`,
    ]);
  });

  it('gets the real duration across a daylight-saving change', async () => {
    const { link } = await h.service.attach(
      event({ start: '2027-03-28T01:00:00', end: '2027-03-28T04:00:00' }),
    );
    expect(h.meetingAtZoom(link.meetingId)).toMatchObject({
      start_time: '2027-03-28T00:00:00Z',
      duration: 120,
    });
  });

  it('makes a weekly event a recurring meeting with a fixed time, with the defaults’ settings', async () => {
    h.setDefaults({ registration: 'manual', passcode: 'fixed', fixedPasscode: 'pa55', muteUponEntry: true });
    const { link } = await h.service.attach(
      event({
        start: '2027-05-11T09:00:00',
        end: '2027-05-11T09:30:00',
        timeZone: 'America/New_York',
        recurrence: {
          frequency: 'weekly',
          interval: 1,
          byWeekDays: ['TU', 'TH'],
          end: { type: 'count', count: 6 },
          rule: 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6',
        },
      }),
    );
    const meeting = h.meetingAtZoom(link.meetingId)!;
    expect(meeting).toMatchObject({
      type: 8,
      password: 'pa55',
      recurrence: { type: 2, weekly_days: '3,5', end_times: 6 },
      settings: { approval_type: 1, registration_type: 1, mute_upon_entry: true },
    });
    expect(meeting.occurrences).toHaveLength(6);
    expect(link.registration).toBe(true);
  });

  it('refuses an event Zoom cannot hold before creating anything', async () => {
    await expect(h.service.attach(event({ allDay: true }))).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    expect(h.apiCalls()).toEqual([]);
  });

  it('answers the same meeting when asked twice, never a duplicate', async () => {
    const first = await h.service.attach(event());
    const second = await h.service.attach(event());
    expect(second.link).toEqual(first.link);
    expect(h.apiCalls('POST')).toHaveLength(1);
  });

  it('creates a new meeting when the linked one was deleted at Zoom meanwhile', async () => {
    const first = await h.service.attach(event());
    sandbox.state.meetings = sandbox.state.meetings.filter((m) => String(m.id) !== first.link.meetingId);
    const second = await h.service.attach(event());
    expect(second.link.meetingId).not.toBe(first.link.meetingId);
    await expect(h.links.byMeeting(first.link.meetingId)).resolves.toBeNull();
    await expect(h.links.byEvent('google:evt-1')).resolves.toMatchObject({ link: second.link });
  });
});

describe('finding the meeting of an event', () => {
  const TAB = 7;

  it('links a new event (no id yet) through the join link written into its location, from its tab', async () => {
    const { link } = await h.service.attach(event({ id: undefined }), TAB);
    await expect(h.links.byMeeting(link.meetingId)).resolves.not.toBeNull();
    // Saved by the page: it now has an id, and the location holds the join link.
    await expect(h.service.linkFor(event({ id: 'saved-9' }), TAB)).resolves.toEqual({ link: null });
    await expect(
      h.service.linkFor(event({ id: 'saved-9', location: `Zoom: ${link.joinUrl}` }), TAB),
    ).resolves.toEqual({ link });
    // From now on the id alone finds it.
    await expect(h.service.linkFor(event({ id: 'saved-9' }), TAB)).resolves.toEqual({ link });
  });

  it('only offers, never links, a meeting whose join link is only in the location', async () => {
    const { link } = await h.service.attach(event({ id: 'evt-a' }), TAB);
    const other = event({ id: 'evt-b', location: link.joinUrl });
    // Another event (a page script, a copied location): a candidate for the person to confirm.
    await expect(h.service.linkFor(other, TAB)).resolves.toEqual({ link: null, candidate: link });
    await expect(h.links.byEvent('google:evt-b')).resolves.toBeNull();
    // Nothing acts on a candidate: no update, no delete.
    await expect(h.service.sync(other, TAB)).resolves.toMatchObject({ link: null, updated: false });
    await expect(h.service.remove(other, TAB)).rejects.toMatchObject({ kind: 'not-found' });
    expect(h.meetingAtZoom(link.meetingId)).toBeDefined();
    // A new event in another tab is no different.
    const { link: fresh } = await h.service.attach(event({ id: undefined, title: 'Fresh' }), TAB);
    const elsewhere = event({ id: undefined, location: fresh.joinUrl });
    await expect(h.service.linkFor(elsewhere, 8)).resolves.toEqual({ link: null, candidate: fresh });
  });

  it('links the candidate once the person confirms (adopt)', async () => {
    const { link } = await h.service.attach(event({ id: 'evt-a' }), TAB);
    const other = event({ id: 'evt-b', location: link.joinUrl });
    await expect(h.service.linkFor(other, TAB, true)).resolves.toEqual({ link });
    await expect(h.links.byEvent('google:evt-b')).resolves.toMatchObject({ link });
    // And a new event is bound to its tab instead.
    const { link: fresh } = await h.service.attach(event({ id: 'evt-c', title: 'Fresh' }), TAB);
    const newEvent = event({ id: undefined, location: fresh.joinUrl });
    await expect(h.service.linkFor(newEvent, 8, true)).resolves.toEqual({ link: fresh });
    await expect(h.service.linkFor(newEvent, 8)).resolves.toEqual({ link: fresh });
  });

  it('finds nothing for a Zoom link it did not attach (a meeting of someone else’s)', async () => {
    const location = `${sandbox.url}/j/81000000001`;
    await expect(h.service.linkFor(event({ location }), TAB)).resolves.toEqual({ link: null });
  });
});

describe('keeping the meeting in step', () => {
  it('sends nothing when nothing Zoom holds changed', async () => {
    await h.service.attach(event());
    const before = h.apiCalls().length;
    await expect(
      h.service.sync(event({ description: 'Other notes', guests: [{ email: 'a@example.com' }] })),
    ).resolves.toMatchObject({ updated: false, invitation: null });
    expect(h.apiCalls()).toHaveLength(before);
  });

  it('patches only the time (with its zone) when the event moved, and hands back the new invitation', async () => {
    const { link } = await h.service.attach(event());
    const moved = await h.service.sync(event({ start: '2027-05-13T15:00:00', end: '2027-05-13T16:30:00' }));
    expect(h.apiCalls('PATCH').map((r) => r.body)).toEqual([
      { start_time: '2027-05-13T15:00:00', timezone: 'Europe/Berlin' },
    ]);
    expect(h.meetingAtZoom(link.meetingId)).toMatchObject({
      start_time: '2027-05-13T13:00:00Z',
      duration: 90,
    });
    expect(moved).toEqual({
      link,
      updated: true,
      invitation: expect.stringContaining('May 13, 2027 03:00 PM'),
    });
    // The snapshot moved too: the same event again sends nothing.
    await h.service.sync(event({ start: '2027-05-13T15:00:00', end: '2027-05-13T16:30:00' }));
    expect(h.apiCalls('PATCH')).toHaveLength(1);
  });

  it('patches the topic and duration alone, and the link shows the new topic', async () => {
    await h.service.attach(event());
    const result = await h.service.sync(
      event({ title: 'Planning (moved room)', end: '2027-05-12T11:00:00' }),
    );
    expect(h.apiCalls('PATCH').map((r) => r.body)).toEqual([
      { topic: 'Planning (moved room)', duration: 60 },
    ]);
    expect(result.link?.topic).toBe('Planning (moved room)');
    await expect(h.links.byEvent('google:evt-1')).resolves.toMatchObject({
      link: { topic: 'Planning (moved room)' },
      synced: { topic: 'Planning (moved room)', duration: 60 },
    });
  });

  it('turns the meeting recurring when the event starts repeating', async () => {
    const { link } = await h.service.attach(event());
    const recurrence = {
      frequency: 'daily' as const,
      interval: 1,
      end: { type: 'count' as const, count: 3 },
      rule: 'RRULE:FREQ=DAILY;COUNT=3',
    };
    await h.service.sync(event({ recurrence }));
    expect(h.apiCalls('PATCH').map((r) => r.body)).toEqual([
      { type: 8, recurrence: { type: 1, repeat_interval: 1, end_times: 3 } },
    ]);
    expect(h.meetingAtZoom(link.meetingId)?.occurrences).toHaveLength(3);
  });

  it('forgets the link when the meeting was deleted at Zoom', async () => {
    const { link } = await h.service.attach(event());
    sandbox.state.meetings = sandbox.state.meetings.filter((m) => String(m.id) !== link.meetingId);
    await expect(h.service.sync(event({ title: 'Renamed' }))).resolves.toEqual({
      link: null,
      updated: false,
      invitation: null,
    });
    await expect(h.links.byMeeting(link.meetingId)).resolves.toBeNull();
  });

  it('answers no link for an event that has none', async () => {
    await expect(h.service.sync(event())).resolves.toEqual({ link: null, updated: false, invitation: null });
  });

  it('keeps the link and the old snapshot when Zoom refuses for another reason', async () => {
    await h.service.attach(event());
    sandbox.failNext(1, 500);
    await expect(h.service.sync(event({ title: 'Renamed' }))).rejects.toMatchObject({ kind: 'server' });
    await expect(h.links.byEvent('google:evt-1')).resolves.toMatchObject({
      synced: { topic: 'Quarterly planning' },
    });
    await expect(h.service.sync(event({ title: 'Renamed' }))).resolves.toMatchObject({ updated: true });
  });
});

describe('removing the meeting', () => {
  const ref = (patch: Partial<CalendarEvent> = {}) => {
    const { site, id, location } = event(patch);
    return { site, id, location };
  };

  it('deletes it at Zoom and forgets the link', async () => {
    const { link } = await h.service.attach(event());
    await expect(h.service.remove(ref(), 7)).resolves.toEqual({ removed: true });
    expect(h.meetingAtZoom(link.meetingId)).toBeUndefined();
    await expect(h.links.byEvent('google:evt-1')).resolves.toBeNull();
  });

  it('deletes a new event’s meeting only from the tab that attached it', async () => {
    const { link } = await h.service.attach(event({ id: undefined }), 7);
    const newEvent = ref({ id: undefined, location: link.joinUrl });
    await expect(h.service.remove(newEvent, 8)).rejects.toMatchObject({ kind: 'not-found' });
    expect(h.meetingAtZoom(link.meetingId)).toBeDefined();
    await expect(h.service.remove(newEvent, 7)).resolves.toEqual({ removed: true });
    expect(h.meetingAtZoom(link.meetingId)).toBeUndefined();
  });

  it('counts a meeting already gone at Zoom as removed', async () => {
    const { link } = await h.service.attach(event());
    sandbox.state.meetings = sandbox.state.meetings.filter((m) => String(m.id) !== link.meetingId);
    await expect(h.service.remove(ref(), 7)).resolves.toEqual({ removed: true });
    await expect(h.links.byMeeting(link.meetingId)).resolves.toBeNull();
  });

  it('deletes no meeting it did not attach, nor another event’s', async () => {
    const { link } = await h.service.attach(event({ id: 'evt-a' }), 7);
    await expect(
      h.service.remove(ref({ location: `${sandbox.url}/j/81000000001` }), 7),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(h.service.remove(ref({ id: 'evt-b', location: link.joinUrl }), 7)).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(h.meetingAtZoom('81000000001')).toBeDefined();
    expect(h.meetingAtZoom(link.meetingId)).toBeDefined();
    expect(h.apiCalls('DELETE')).toEqual([]);
  });
});

describe('signed out', () => {
  it('refuses every meeting operation with "signed-out", before any request', async () => {
    h = await meetingHarness(sandbox, { signedIn: false });
    for (const call of [
      () => h.service.attach(event()),
      () => h.service.linkFor(event()),
      () => h.service.sync(event()),
      () => h.service.remove({ site: 'google', id: 'evt-1', location: '' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ kind: 'signed-out', code: 'signed-out' });
    }
    expect(h.sent).toEqual([]);
  });
});
