import { describe, expect, it } from 'vitest';
import { people, setupSandbox } from '@/test/support/sandbox';
import { ZOOM_SEED } from '@/test/support/sandbox-seed';

const { call } = setupSandbox();

describe('webinars', () => {
  it('lists, creates and gets webinars', async () => {
    const listed = await call('GET', '/v2/users/me/webinars');
    expect(listed.status).toBe(200);
    expect(listed.body.webinars.map((w: { id: number }) => w.id)).toEqual([
      ZOOM_SEED.webinar,
      ZOOM_SEED.recurringWebinar,
    ]);
    const created = await call('POST', '/v2/users/me/webinars', {
      body: {
        topic: 'Launch',
        start_time: '2031-05-01T15:00:00Z',
        duration: 90,
        settings: { approval_type: 1 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      topic: 'Launch',
      type: 5,
      duration: 90,
      settings: { approval_type: 1 },
    });
    const fetched = await call('GET', `/v2/webinars/${created.body.id}`);
    expect(fetched.body).toMatchObject({
      id: created.body.id,
      topic: 'Launch',
      start_time: '2031-05-01T15:00:00Z',
    });
    expect((await call('GET', '/v2/webinars/12')).body).toEqual({
      code: 3001,
      message: 'Webinar does not exist: 12.',
    });
    expect((await call('POST', '/v2/users/me/webinars', { body: { type: 2 } })).body.message).toContain(
      'type',
    );
  });

  it('registers one person and lists them', async () => {
    const added = await call('POST', `/v2/webinars/${ZOOM_SEED.webinar}/registrants`, {
      body: { email: 'watcher@example.org', first_name: 'Watch' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: ZOOM_SEED.webinar,
      registrant_id: expect.any(String),
      join_url: expect.any(String),
    });
    const listed = await call('GET', `/v2/webinars/${ZOOM_SEED.webinar}/registrants`);
    expect(listed.body.registrants.map((r: { email: string }) => r.email)).toContain('watcher@example.org');
    const host = await call('POST', `/v2/webinars/${ZOOM_SEED.webinar}/registrants`, {
      body: { email: ZOOM_SEED.hostEmail, first_name: 'Me' },
    });
    expect(host.body).toEqual({ code: 3027, message: 'Host cannot register.' });
  });

  it('batch-registers for a type 5 webinar and refuses other types (300), no registration, over', async () => {
    const ok = await call('POST', `/v2/webinars/${ZOOM_SEED.webinar}/batch_registrants`, {
      body: { registrants: people(30) },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.registrants).toHaveLength(30);
    const recurring = await call('POST', `/v2/webinars/${ZOOM_SEED.recurringWebinar}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(recurring.status).toBe(400);
    expect(recurring.body.code).toBe(300);
    expect(recurring.body.message).toContain('type 5');
    const tooMany = await call('POST', `/v2/webinars/${ZOOM_SEED.webinar}/batch_registrants`, {
      body: { registrants: people(31) },
    });
    expect(tooMany.body.code).toBe(300);

    const noReg = await call('POST', '/v2/users/me/webinars', {
      body: { topic: 'Open', start_time: '2031-01-01T10:00:00Z' },
    });
    const refused = await call('POST', `/v2/webinars/${noReg.body.id}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe(3000);
    const refusedOne = await call('POST', `/v2/webinars/${noReg.body.id}/registrants`, {
      body: { email: 'a@example.org', first_name: 'A' },
    });
    expect(refusedOne.body.code).toBe(3000);

    const past = await call('POST', '/v2/users/me/webinars', {
      body: {
        topic: 'Past',
        start_time: '2020-01-01T10:00:00Z',
        settings: { approval_type: 0 },
      },
    });
    const over = await call('POST', `/v2/webinars/${past.body.id}/batch_registrants`, {
      body: { registrants: people(1) },
    });
    expect(over.body.code).toBe(3038);
    expect(
      (
        await call('POST', '/v2/webinars/5/batch_registrants', {
          body: { registrants: people(1) },
        })
      ).body.code,
    ).toBe(3001);
  });
});
