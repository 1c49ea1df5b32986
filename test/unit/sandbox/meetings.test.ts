import { describe, expect, it } from 'vitest';
import { setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { ctx, call, advance } = setupSandbox();

describe('users', () => {
  it('users/me returns the host, also by id, by e-mail and at the account-level path', async () => {
    const me = await call('GET', '/v2/users/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: 'sbxHostU5er0000000001',
      first_name: 'Sandy',
      last_name: 'Host',
      display_name: 'Sandy Host',
      email: ZOOM_SEED.hostEmail,
      type: 2,
      account_id: ZOOM_SEED.account,
      timezone: 'Europe/Paris',
    });
    for (const path of [
      `/v2/users/${me.body.id}`,
      `/v2/users/${ZOOM_SEED.hostEmail}`,
      `/v2/accounts/${ZOOM_SEED.account}/users/me`,
    ]) {
      expect((await call('GET', path)).body.id).toBe(me.body.id);
    }
  });

  it('refuses an unknown user (1001) and an unknown account (2001)', async () => {
    const user = await call('GET', '/v2/users/nobody/meetings');
    expect(user.status).toBe(404);
    expect(user.body.code).toBe(1001);
    const account = await call('GET', '/v2/accounts/other-account/users/me');
    expect(account.status).toBe(400);
    expect(account.body.code).toBe(2001);
  });
});

describe('list meetings', () => {
  it('filters by type: scheduled, upcoming, live, previous_meetings', async () => {
    const ids = async (type: string) =>
      (await call('GET', `/v2/users/me/meetings?type=${type}`)).body.meetings.map(
        (m: { id: number }) => m.id,
      );
    expect(await ids('scheduled')).toHaveLength(6);
    const upcoming = await ids('upcoming');
    expect(upcoming).toContain(ZOOM_SEED.noRegistration);
    expect(upcoming).toContain(ZOOM_SEED.live);
    expect(upcoming).not.toContain(ZOOM_SEED.over);
    expect(await ids('live')).toEqual([ZOOM_SEED.live]);
    expect(await ids('previous_meetings')).toEqual([ZOOM_SEED.over]);
    const bad = await call('GET', '/v2/users/me/meetings?type=someday');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('type');
  });

  it('pages with page_size and next_page_token until the token is empty', async () => {
    const seen: number[] = [];
    let token = '';
    let pages = 0;
    do {
      const res = await call('GET', `/v2/users/me/meetings?page_size=4&next_page_token=${token}`);
      expect(res.body.total_records).toBe(6);
      expect(res.body.page_size).toBe(4);
      seen.push(...res.body.meetings.map((m: { id: number }) => m.id));
      token = res.body.next_page_token;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(6);
    expect((await call('GET', '/v2/users/me/meetings?next_page_token=garbage')).status).toBe(400);
    expect((await call('GET', '/v2/users/me/meetings?page_size=ten')).body.message).toContain('page_size');
  });
});

describe('create, get, update, delete', () => {
  it('creates a scheduled meeting with Zoom defaults and the given wall-clock time zone', async () => {
    const res = await call('POST', '/v2/users/me/meetings', {
      body: {
        topic: 'Planning',
        type: 2,
        start_time: '2031-03-10T09:30:00',
        timezone: 'Europe/Paris',
        duration: 45,
        agenda: 'Plan',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      topic: 'Planning',
      type: 2,
      start_time: '2031-03-10T08:30:00Z',
      duration: 45,
      timezone: 'Europe/Paris',
      agenda: 'Plan',
      host_email: ZOOM_SEED.hostEmail,
      settings: { approval_type: 2 },
    });
    expect(res.body.id).toBeGreaterThan(10_000_000_000);
    expect(res.body.join_url).toContain(`/j/${res.body.id}`);
    expect(res.body.password).toMatch(/^\w{6}$/);
    expect(res.body.registration_url).toBeUndefined();
    const fetched = await call('GET', `/v2/meetings/${res.body.id}`);
    expect(fetched.body).toMatchObject({
      id: res.body.id,
      topic: 'Planning',
      start_time: '2031-03-10T08:30:00Z',
    });
  });

  it('creates a recurring meeting (type 8) with occurrences and a registration URL', async () => {
    const res = await call('POST', '/v2/users/me/meetings', {
      body: {
        topic: 'Weekly',
        type: 8,
        start_time: '2031-03-10T09:00:00Z',
        recurrence: { type: 2, weekly_days: '2,5', end_times: 4 },
        settings: { approval_type: 0 },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.occurrences).toHaveLength(4);
    expect(res.body.occurrences[0]).toMatchObject({
      start_time: '2031-03-10T09:00:00Z',
      status: 'available',
    });
    expect(res.body.occurrences[1].start_time).toBe('2031-03-13T09:00:00Z');
    expect(res.body.registration_url).toContain(`/meeting/register/${res.body.id}`);
    const missing = await call('POST', '/v2/users/me/meetings', {
      body: { type: 8 },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('recurrence');
  });

  it('refuses wrong types, unknown time zones and over-long fields, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ duration: 'an hour' }, 'duration'],
      [{ type: 4 }, 'type'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ start_time: 'tomorrow' }, 'start_time'],
      [{ topic: 'x'.repeat(201) }, 'topic'],
      [{ settings: { approval_type: 7 } }, 'settings.approval_type'],
    ];
    for (const [body, field] of cases) {
      const res = await call('POST', '/v2/users/me/meetings', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe(300);
      expect(res.body.message).toContain(field);
    }
  });

  it('PATCH updates and answers 204; one occurrence can move alone', async () => {
    const patched = await call('PATCH', `/v2/meetings/${ZOOM_SEED.noRegistration}`, {
      body: {
        topic: 'Renamed sync',
        duration: 50,
        settings: { approval_type: 0 },
      },
    });
    expect(patched.status).toBe(204);
    const after = (await call('GET', `/v2/meetings/${ZOOM_SEED.noRegistration}`)).body;
    expect(after).toMatchObject({
      topic: 'Renamed sync',
      duration: 50,
      settings: { approval_type: 0 },
    });

    const recurring = (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body;
    const second = recurring.occurrences[1];
    const moved = await call(
      'PATCH',
      `/v2/meetings/${ZOOM_SEED.recurring}?occurrence_id=${second.occurrence_id}`,
      {
        body: { start_time: '2031-01-01T10:00:00Z' },
      },
    );
    expect(moved.status).toBe(204);
    const occurrences = (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body.occurrences;
    expect(occurrences[occurrences.length - 1].start_time).not.toBe('2031-01-01T10:00:00Z');
    expect(
      ctx.sandbox.state.meetings.find((m) => m.id === ZOOM_SEED.recurring)!.occurrences[1]!.start_time,
    ).toBe('2031-01-01T10:00:00Z');
    expect(
      (
        await call('PATCH', `/v2/meetings/${ZOOM_SEED.noRegistration}`, {
          body: { duration: -5 },
        })
      ).status,
    ).toBe(400);
  });

  it('DELETE removes a meeting (then 3001) or one occurrence', async () => {
    expect((await call('DELETE', `/v2/meetings/${ZOOM_SEED.noRegistration}`)).status).toBe(204);
    const gone = await call('GET', `/v2/meetings/${ZOOM_SEED.noRegistration}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({
      code: 3001,
      message: `Meeting does not exist: ${ZOOM_SEED.noRegistration}.`,
    });
    expect((await call('DELETE', `/v2/meetings/${ZOOM_SEED.noRegistration}`)).body.code).toBe(3001);

    const before = (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body.occurrences;
    const del = await call(
      'DELETE',
      `/v2/meetings/${ZOOM_SEED.recurring}?occurrence_id=${before[0].occurrence_id}`,
    );
    expect(del.status).toBe(204);
    const after = (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body.occurrences;
    expect(after).toHaveLength(before.length - 1);
    expect((await call('DELETE', `/v2/meetings/${ZOOM_SEED.recurring}?occurrence_id=123`)).status).toBe(400);
  });

  it('hides past occurrences unless show_previous_occurrences=true', async () => {
    const all = (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body.occurrences.length;
    advance(9 * 86_400_000); // first occurrence at +26 h, second 7 days later
    expect((await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body.occurrences.length).toBe(all - 2);
    expect(
      (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}?show_previous_occurrences=true`)).body
        .occurrences.length,
    ).toBe(all);
  });
});

describe('invitation', () => {
  it('is Zoom-like text: join link without registration, registration link with it', async () => {
    const plain = await call('GET', `/v2/meetings/${ZOOM_SEED.noRegistration}/invitation`);
    expect(plain.status).toBe(200);
    expect(plain.body.invitation).toContain('Sandy Host is inviting you to a scheduled Zoom meeting.');
    expect(plain.body.invitation).toContain('Topic: Weekly team sync');
    expect(plain.body.invitation).toContain(`/j/${ZOOM_SEED.noRegistration}?pwd=sync42`);
    expect(plain.body.invitation).toContain('Meeting ID: 810 0000 0001');
    expect(plain.body.invitation).toContain('\r\n');
    const registration = await call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}/invitation`);
    expect(registration.body.invitation).toContain('Register in advance for this meeting:');
    expect(registration.body.invitation).toContain(`/meeting/register/${ZOOM_SEED.autoApproval}`);
    expect((await call('GET', '/v2/meetings/999/invitation')).body.code).toBe(3001);
  });
});
