import { describe, expect, it } from 'vitest';
import { json } from '@/test/support/fake-fetch';
import { fakeZoomApi } from '@/test/support/fake-provider-api';

const webinar = {
  id: 9,
  topic: 'Launch',
  type: 5,
  join_url: 'https://zoom.us/w/9',
  start_time: '2026-05-01T15:00:00Z',
};

describe('webinars', () => {
  it('lists, gets and creates', async () => {
    const h = fakeZoomApi((call) => {
      if (call.method === 'POST') return json(webinar, 201);
      return call.url.pathname.endsWith('/webinars')
        ? json({ webinars: [webinar], total_records: 1 })
        : json(webinar);
    });
    await expect(h.zoom.webinars.list({ pageSize: 100 })).resolves.toMatchObject({ webinars: [{ id: 9 }] });
    expect(h.sent()).toMatchObject({ method: 'GET', path: 'users/me/webinars', query: { page_size: '100' } });
    await h.zoom.webinars.get(9);
    expect(h.sent()).toMatchObject({ method: 'GET', path: 'webinars/9' });
    const body = {
      topic: 'Launch',
      type: 5,
      start_time: '2026-05-01T15:00:00Z',
      duration: 60,
      settings: { approval_type: 0 },
    };
    await h.zoom.webinars.create(body);
    expect(h.sent()).toEqual({ method: 'POST', path: 'users/me/webinars', query: {}, body });
  });

  it('refuses a meeting type for a webinar', async () => {
    const h = fakeZoomApi();
    await expect(h.zoom.webinars.create({ topic: 'x', type: 2 })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    expect(h.calls).toHaveLength(0);
  });

  it('manages registrants under webinars/{id}', async () => {
    const h = fakeZoomApi((call) =>
      call.url.pathname.endsWith('batch_registrants')
        ? json({ registrants: [{ email: 'a@example.com', registrant_id: 'r1', join_url: 'j' }] })
        : call.method === 'POST'
          ? json({ id: '9', registrant_id: 'r2', join_url: 'j2' }, 201)
          : json({ registrants: [] }),
    );
    await h.zoom.webinars.registrants.list(9, { status: 'approved' });
    expect(h.sent()).toMatchObject({
      method: 'GET',
      path: 'webinars/9/registrants',
      query: { status: 'approved' },
    });
    await h.zoom.webinars.registrants.add(9, { email: 'b@example.com', first_name: 'B' });
    expect(h.sent()).toMatchObject({ method: 'POST', path: 'webinars/9/registrants' });
    await h.zoom.webinars.registrants.batch(9, {
      registrants: [{ email: 'a@example.com', first_name: 'A' }],
    });
    expect(h.sent()).toMatchObject({ method: 'POST', path: 'webinars/9/batch_registrants' });
  });
});
