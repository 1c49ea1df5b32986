import { describe, expect, it } from 'vitest';
import { people, setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { ctx, call } = setupSandbox();

const list = async (id: number, query = '') =>
  (await call('GET', `/v2/meetings/${id}/registrants${query}`)).body.registrants as {
    id: string;
    email: string;
    status: string;
  }[];

describe('list registrants', () => {
  it('filters by status (approved by default) and pages', async () => {
    expect((await list(ZOOM_SEED.autoApproval)).map((r) => r.email)).toEqual([
      'ada@customer.example',
      'alan@customer.example',
      'grace@customer.example',
    ]);
    expect((await list(ZOOM_SEED.autoApproval, '?status=denied')).map((r) => r.email)).toEqual([
      'mallory@customer.example',
    ]);
    expect(await list(ZOOM_SEED.manualApproval, '?status=pending')).toHaveLength(2);
    const page = await call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants?page_size=2`);
    expect(page.body).toMatchObject({
      page_size: 2,
      total_records: 3,
      page_count: 2,
    });
    const next = await call(
      'GET',
      `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants?page_size=2&next_page_token=${page.body.next_page_token}`,
    );
    expect(next.body.registrants).toHaveLength(1);
    expect(next.body.next_page_token).toBe('');
    expect(
      (await call('GET', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants?status=maybe`)).body.message,
    ).toContain('status');
  });

  it('refuses a meeting without registration and an unknown meeting', async () => {
    const none = await call('GET', `/v2/meetings/${ZOOM_SEED.noRegistration}/registrants`);
    expect(none.status).toBe(400);
    expect(none.body.code).toBe(300);
    expect((await call('GET', '/v2/meetings/42/registrants')).body.code).toBe(3001);
  });
});

describe('add a registrant', () => {
  it('registers (approved under approval_type 0) and returns the join URL', async () => {
    const res = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: {
        email: 'new@example.org',
        first_name: 'New',
        last_name: 'Person',
        city: 'Lyon',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: ZOOM_SEED.autoApproval,
      topic: 'Customer onboarding training',
      registrant_id: expect.any(String),
    });
    expect(res.body.join_url).toContain(`/w/${ZOOM_SEED.autoApproval}?tk=`);
    const one = await call(
      'GET',
      `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants/${res.body.registrant_id}`,
    );
    expect(one.body).toMatchObject({
      email: 'new@example.org',
      status: 'approved',
      city: 'Lyon',
      join_url: res.body.join_url,
    });
  });

  it('is pending under manual approval unless auto_approve is asked', async () => {
    const pending = await call('POST', `/v2/meetings/${ZOOM_SEED.manualApproval}/registrants`, {
      body: { email: 'wait@example.org', first_name: 'Wait' },
    });
    const approved = await call('POST', `/v2/meetings/${ZOOM_SEED.manualApproval}/registrants`, {
      body: { email: 'go@example.org', first_name: 'Go', auto_approve: true },
    });
    const status = (id: string) => call('GET', `/v2/meetings/${ZOOM_SEED.manualApproval}/registrants/${id}`);
    expect((await status(pending.body.registrant_id)).body.status).toBe('pending');
    expect((await status(approved.body.registrant_id)).body.status).toBe('approved');
  });

  it('registers for chosen occurrences of a recurring meeting, refusing unknown ones', async () => {
    const meeting = (await call('GET', `/v2/meetings/${ZOOM_SEED.recurring}`)).body;
    const [first, second] = meeting.occurrences;
    const res = await call(
      'POST',
      `/v2/meetings/${ZOOM_SEED.recurring}/registrants?occurrence_ids=${second.occurrence_id}`,
      {
        body: { email: 'once@example.org', first_name: 'Once' },
      },
    );
    expect(res.status).toBe(201);
    expect(res.body.occurrences.map((o: { occurrence_id: string }) => o.occurrence_id)).toEqual([
      second.occurrence_id,
    ]);
    expect(await list(ZOOM_SEED.recurring, `?occurrence_id=${first.occurrence_id}`)).toHaveLength(2);
    expect(await list(ZOOM_SEED.recurring, `?occurrence_id=${second.occurrence_id}`)).toHaveLength(3);
    const bad = await call('POST', `/v2/meetings/${ZOOM_SEED.recurring}/registrants?occurrence_ids=123`, {
      body: { email: 'x@example.org', first_name: 'X' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      code: 300,
      message: 'Invalid parameter: occurrence_ids.',
    });
  });

  it('someone already registered keeps one registration: the same id and join URL come back', async () => {
    const first = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: { email: 'twice@example.org', first_name: 'Twice' },
    });
    const again = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: { email: 'TWICE@example.org', first_name: 'Twice again' },
    });
    expect(again.status).toBe(201);
    expect(again.body.registrant_id).toBe(first.body.registrant_id);
    expect(again.body.join_url).toBe(first.body.join_url);
    expect(
      (await list(ZOOM_SEED.autoApproval)).filter((r) => r.email.toLowerCase() === 'twice@example.org'),
    ).toHaveLength(1);
  });

  it('refuses: no registration (404-coded), over (3038), unknown (3001), missing fields (300)', async () => {
    const none = await call('POST', `/v2/meetings/${ZOOM_SEED.noRegistration}/registrants`, {
      body: { email: 'a@example.org', first_name: 'A' },
    });
    expect(none.status).toBe(404);
    expect(none.body).toEqual({
      code: 404,
      message: `Registration has not been enabled for this meeting: ${ZOOM_SEED.noRegistration}.`,
    });
    const over = await call('POST', `/v2/meetings/${ZOOM_SEED.over}/registrants`, {
      body: { email: 'a@example.org', first_name: 'A' },
    });
    expect(over.status).toBe(400);
    expect(over.body.code).toBe(3038);
    expect(
      (
        await call('POST', '/v2/meetings/1/registrants', {
          body: { email: 'a@example.org', first_name: 'A' },
        })
      ).body.code,
    ).toBe(3001);
    const missing = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: { first_name: 'A' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe(300);
    expect(missing.body.message).toBe('Validation Failed: email is required.');
    const badEmail = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: { email: 'nope', first_name: 'A' },
    });
    expect(badEmail.body.message).toContain('email');
  });
});

describe('batch registration', () => {
  it('registers up to 30 at once and answers each with id and join URL', async () => {
    const batch = people(30);
    const res = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: batch },
    });
    expect(res.status).toBe(201);
    expect(res.body.registrants).toHaveLength(30);
    expect(res.body.registrants[0]).toEqual({
      registrant_id: expect.any(String),
      email: batch[0]!.email,
      join_url: expect.stringContaining(`/w/${ZOOM_SEED.autoApproval}?tk=`),
    });
    expect(await list(ZOOM_SEED.autoApproval, '?page_size=300')).toHaveLength(33);
  });

  it('auto_approve approves under manual approval; without it people wait', async () => {
    await call('POST', `/v2/meetings/${ZOOM_SEED.manualApproval}/batch_registrants`, {
      body: { registrants: people(2, 'wait') },
    });
    await call('POST', `/v2/meetings/${ZOOM_SEED.manualApproval}/batch_registrants`, {
      body: { auto_approve: true, registrants: people(2, 'go') },
    });
    expect(await list(ZOOM_SEED.manualApproval, '?status=pending')).toHaveLength(4);
    expect(await list(ZOOM_SEED.manualApproval, '?status=approved')).toHaveLength(3);
  });

  it('keeps one registration per person across a retried batch', async () => {
    const batch = [...people(3), { email: 'ada@customer.example', first_name: 'Ada' }];
    const first = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: batch },
    });
    const retry = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: batch },
    });
    expect(retry.body.registrants).toEqual(first.body.registrants);
    expect(first.body.registrants[3].registrant_id).toBe('regOnboardAda00000001');
    expect(await list(ZOOM_SEED.autoApproval, '?page_size=300')).toHaveLength(6);
  });

  it('refuses more than 30 (300), other meeting types (303), no registration (404), over (3038), unknown (3001)', async () => {
    const tooMany = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: people(31) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe(300);
    expect(tooMany.body.message).toContain('registrants');
    const recurring = await call('POST', `/v2/meetings/${ZOOM_SEED.recurring}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(recurring.status).toBe(400);
    expect(recurring.body.code).toBe(303);
    const none = await call('POST', `/v2/meetings/${ZOOM_SEED.noRegistration}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(none.status).toBe(400);
    expect(none.body.code).toBe(404);
    const over = await call('POST', `/v2/meetings/${ZOOM_SEED.over}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(over.body).toEqual({
      code: 3038,
      message:
        'Meeting is over, you can not register now. If you have any questions, please contact the Meeting host.',
    });
    const unknown = await call('POST', '/v2/meetings/77/batch_registrants', {
      body: { registrants: people(1) },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      code: 3001,
      message: 'Meeting does not exist: 77.',
    });
    const empty = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: {},
    });
    expect(empty.body.message).toBe('Validation Failed: registrants is required.');
    const badRow = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: {
        registrants: [{ email: 'ok@example.org', first_name: 'Ok' }, { email: 'ok2@example.org' }],
      },
    });
    expect(badRow.body.message).toBe('Validation Failed: registrants[1].first_name is required.');
    expect(await list(ZOOM_SEED.autoApproval)).toHaveLength(3);
  });

  it('stops at 4,999 registrants (3043), registering nobody from a batch that would pass it', async () => {
    const meeting = ctx.sandbox.state.meetings.find((m) => m.id === ZOOM_SEED.autoApproval)!;
    const template = meeting.registrants[0]!;
    while (meeting.registrants.filter((r) => r.status !== 'denied').length < 4998) {
      const n = meeting.registrants.length;
      meeting.registrants.push({
        ...template,
        id: `filler${n}`,
        email: `filler${n}@example.org`,
      });
    }
    const full = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: people(2) },
    });
    expect(full.status).toBe(400);
    expect(full.body).toEqual({
      code: 3043,
      message: 'Meeting has reached maximum attendee capacity.',
    });
    const fits = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(fits.status).toBe(201);
    const single = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: { email: 'last@example.org', first_name: 'L' },
    });
    expect(single.body.code).toBe(3043);
    // Someone already registered is not a new seat.
    const known = await call('POST', `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`, {
      body: { email: 'ada@customer.example', first_name: 'Ada' },
    });
    expect(known.status).toBe(201);
  });
});

describe('registrant status, get, delete', () => {
  it('approves, denies and cancels by id or e-mail', async () => {
    const url = `/v2/meetings/${ZOOM_SEED.manualApproval}/registrants/status`;
    expect(
      (
        await call('PUT', url, {
          body: {
            action: 'approve',
            registrants: [{ id: 'regPartnerLinus000001' }],
          },
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await call('PUT', url, {
          body: {
            action: 'deny',
            registrants: [{ email: 'margaret@partner.example' }],
          },
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await call('PUT', url, {
          body: {
            action: 'cancel',
            registrants: [{ id: 'regPartnerKat00000001' }],
          },
        })
      ).status,
    ).toBe(204);
    expect((await list(ZOOM_SEED.manualApproval)).map((r) => r.email)).toEqual(['linus@partner.example']);
    expect((await list(ZOOM_SEED.manualApproval, '?status=denied')).map((r) => r.email)).toEqual([
      'margaret@partner.example',
    ]);
    expect((await list(ZOOM_SEED.manualApproval, '?status=pending')).length).toBe(0);
    expect(
      (
        await call('PUT', url, {
          body: { action: 'maybe', registrants: [{ id: 'x' }] },
        })
      ).body.message,
    ).toContain('action');
    expect(
      (
        await call('PUT', url, {
          body: { action: 'approve', registrants: [{ id: 'nobody' }] },
        })
      ).status,
    ).toBe(404);
    const none = await call('PUT', `/v2/meetings/${ZOOM_SEED.noRegistration}/registrants/status`, {
      body: { action: 'approve', registrants: [{ id: 'x' }] },
    });
    expect(none.body.code).toBe(300);
  });

  it('gets and deletes one registrant; unknown ids are refused', async () => {
    const base = `/v2/meetings/${ZOOM_SEED.autoApproval}/registrants`;
    expect((await call('GET', `${base}/regOnboardAda00000001`)).body.email).toBe('ada@customer.example');
    expect((await call('GET', `${base}/nobody`)).status).toBe(404);
    expect((await call('DELETE', `${base}/regOnboardAda00000001`)).status).toBe(204);
    expect((await call('GET', `${base}/regOnboardAda00000001`)).status).toBe(404);
    const again = await call('DELETE', `${base}/regOnboardAda00000001`);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe(300);
  });
});
