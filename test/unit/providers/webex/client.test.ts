import { describe, expect, it } from 'vitest';
import { webexMeetingFromEvent } from '@/lib/providers/webex/event-to-meeting';
import { CalendarEventSchema } from '@/lib/protocol/calendar-event';
import { ApiError } from '@/lib/http/errors';
import { DEFAULT_MEETING_DEFAULTS } from '@/lib/storage';
import { profileFromPerson } from '@/lib/providers/webex/client';
import { daysFromNow, people } from '@/test/support/sandbox';
import { sandboxApi } from '@/test/support/sandbox-api';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { setup } = sandboxApi('webex');

describe('the Webex client against the sandbox', () => {
  it('reads the signed-in person and maps the profile', async () => {
    const { webex } = setup();
    const person = await webex.currentUser();
    expect(profileFromPerson(person)).toEqual({
      userId: person.id,
      displayName: 'Wendy Host',
      email: 'host@webex-sandbox.example',
      orgId: person.orgId,
      timezone: 'Europe/Paris',
    });
  });

  it('creates, reads, lists, updates and deletes a meeting series', async () => {
    const { webex, sandbox } = setup();
    const created = await webex.meetings.create({
      title: 'Quarterly review',
      start: daysFromNow(sandbox, 2),
      end: daysFromNow(sandbox, 2, 45),
      timezone: 'Europe/Paris',
      recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4',
      registration: { autoAcceptRequest: true },
    });
    expect(created).toMatchObject({
      title: 'Quarterly review',
      meetingType: 'meetingSeries',
      recurrence: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4',
    });
    expect(created.webLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webex\/j\/\d+$/);
    expect(created.registration?.autoAcceptRequest).toBe(true);
    await expect(webex.meetings.get(created.id)).resolves.toMatchObject({ id: created.id });
    const listed = await webex.meetings.list({ max: 100 });
    expect(listed.map((m) => m.id)).toContain(created.id);
    await expect(webex.meetings.update(created.id, { title: 'Renamed' })).resolves.toMatchObject({
      title: 'Renamed',
    });
    await expect(webex.meetings.delete(created.id, { sendEmail: false })).resolves.toBeUndefined();
    await expect(webex.meetings.get(created.id)).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('creates what a calendar event maps to, at the same instant, in the event’s zone', async () => {
    const { webex } = setup();
    const event = CalendarEventSchema.parse({
      site: 'google',
      title: 'Team training',
      start: '2031-04-05T09:00:00',
      end: '2031-04-05T10:30:00',
      timeZone: 'Europe/Paris',
      allDay: false,
      recurrence: {
        frequency: 'monthly',
        interval: 1,
        monthly: { by: 'weekday', week: -1, weekDay: 'SA' },
        end: { type: 'until', until: '2031-12-31' },
        rule: 'RRULE:FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20311231',
      },
      guests: [],
      description: 'Bring questions.',
      location: '',
    });
    const created = await webex.meetings.create(
      webexMeetingFromEvent(event, { ...DEFAULT_MEETING_DEFAULTS, registration: 'manual' }),
    );
    expect(created).toMatchObject({
      title: 'Team training',
      start: '2031-04-05T07:00:00Z',
      end: '2031-04-05T08:30:00Z',
      timezone: 'Europe/Paris',
      agenda: 'Bring questions.',
      recurrence: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1SA;UNTIL=20311231T225959Z',
      registration: { autoAcceptRequest: false },
    });
  });

  it('refuses an invalid meeting before sending anything', async () => {
    const { webex, sandbox } = setup();
    await expect(webex.meetings.create({ title: '  ', start: 'x', end: 'y' })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    expect(sandbox.requests()).toHaveLength(0);
  });

  it('lists every registrant across Link pages', async () => {
    const { webex, calls } = setup();
    await webex.registrants.bulkInsert(WEBEX_SEED.training, people(30, 'a', 'webex'));
    await webex.registrants.bulkInsert(WEBEX_SEED.training, people(30, 'b', 'webex'));
    await webex.registrants.bulkInsert(WEBEX_SEED.training, people(30, 'c', 'webex'));
    await webex.registrants.bulkInsert(WEBEX_SEED.training, people(30, 'd', 'webex'));
    const all = await webex.registrants.listAll(WEBEX_SEED.training);
    expect(all).toHaveLength(125);
    expect(new Set(all.map((r) => r.id)).size).toBe(125);
    expect(calls(/\/registrants$/, 'GET')).toHaveLength(2);
  });

  it('bulk-inserts with camelCase fields and sendEmail, then queries by address', async () => {
    const { webex, meeting } = setup();
    const added = await webex.registrants.bulkInsert(
      WEBEX_SEED.training,
      [
        {
          firstName: 'Bob',
          lastName: 'Lee',
          email: 'bob@example.com',
          sendEmail: false,
          jobTitle: 'manager',
        },
      ],
      { current: false },
    );
    expect(added).toEqual([expect.objectContaining({ email: 'bob@example.com', status: 'pending' })]);
    expect(meeting(WEBEX_SEED.training)?.registrants.at(-1)?.extra).toEqual({ jobTitle: 'manager' });
    const found = await webex.registrants.query(WEBEX_SEED.training, [
      'BOB@example.com',
      'ada@customer.example',
      'nobody@x.org',
    ]);
    expect(found.map((r) => r.email).sort()).toEqual(['ada@customer.example', 'bob@example.com']);
    const pending = await webex.registrants.query(
      WEBEX_SEED.training,
      ['grace@customer.example', 'ada@customer.example'],
      {
        status: 'pending',
      },
    );
    expect(pending.map((r) => r.email)).toEqual(['grace@customer.example']);
  });

  it('approves, rejects and cancels in bulk', async () => {
    const { webex, meeting } = setup();
    await webex.registrants.approve(WEBEX_SEED.training, [WEBEX_SEED.grace], { sendEmail: false });
    await webex.registrants.reject(WEBEX_SEED.training, [WEBEX_SEED.linus]);
    await webex.registrants.cancel(WEBEX_SEED.training, [WEBEX_SEED.mallory]);
    const byId = new Map(meeting(WEBEX_SEED.training)!.registrants.map((r) => [r.id, r.status]));
    expect(byId.get(WEBEX_SEED.grace)).toBe('approved');
    expect(byId.get(WEBEX_SEED.linus)).toBe('rejected');
    expect(byId.has(WEBEX_SEED.mallory)).toBe(false);
    await expect(webex.registrants.get(WEBEX_SEED.training, WEBEX_SEED.grace)).resolves.toMatchObject({
      status: 'approved',
    });
  });
});

describe('Webex errors through the shared HTTP client', () => {
  it('waits out a 423 Locked for its Retry-After and succeeds', async () => {
    const { webex, sandbox, sleeps } = setup();
    sandbox.webex.configureLimits({ retryAfterSeconds: 2 });
    sandbox.webex.force(1, 423);
    await expect(webex.meetings.get(WEBEX_SEED.training)).resolves.toMatchObject({ id: WEBEX_SEED.training });
    expect(sleeps).toEqual([2000]);
  });

  it('reads a 429 with only Retry-After as a per-second wait, never a daily limit', async () => {
    const { webex, sandbox, sleeps } = setup();
    sandbox.webex.force(2, 429);
    await expect(webex.registrants.listAll(WEBEX_SEED.training)).resolves.toHaveLength(5);
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('gives up after the retries with a Webex sentence and the wait', async () => {
    const { webex, sandbox } = setup();
    sandbox.webex.force(10, 423);
    const error = await webex.meetings.get(WEBEX_SEED.training).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 423, retryAfterMs: 1000 });
    expect((error as ApiError).message).toMatch(/^Webex says this meeting is temporarily unavailable/);
    sandbox.webex.force(10, 429);
    await expect(webex.meetings.get(WEBEX_SEED.training)).rejects.toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: expect.stringMatching(/^Webex is receiving too many requests/),
    });
  });

  it('keeps Webex’s own message for a refusal and says Webex, not Zoom', async () => {
    const { webex } = setup();
    const error = (await webex.registrants
      .bulkInsert(WEBEX_SEED.training, [{ firstName: 'Ada', lastName: 'L', email: 'ada@customer.example' }])
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ kind: 'http', status: 409 });
    expect(error.providerMessage).toBe(
      'Registrant ada@customer.example is already registered for this meeting.',
    );
    expect(error.message).toBe(`Webex refused the request: ${error.providerMessage}`);
    await expect(
      webex.registrants.bulkInsert(WEBEX_SEED.sync, people(1, 'guest', 'webex')),
    ).rejects.toMatchObject({
      status: 400,
      message: 'Webex refused the request: Registration is not enabled for this meeting.',
    });
  });
});
