import { describe, expect, it } from 'vitest';
import { json, noContent } from '@/test/support/fake-fetch';
import { fakeZoomApi } from '@/test/support/fake-provider-api';

const person = (n: number) => ({ email: `p${n}@example.com`, first_name: `P${n}` });
const listed = (id: string) => ({
  id,
  email: `${id}@example.com`,
  first_name: id,
  join_url: `https://zoom.us/w/1?tk=${id}`,
});

describe('meeting registrants', () => {
  it('lists one page with status and token', async () => {
    const h = fakeZoomApi(() => json({ registrants: [listed('a')], next_page_token: 'n', page_size: 30 }));
    const page = await h.zoom.registrants.list(7, { status: 'pending', pageSize: 30, nextPageToken: 't' });
    expect(h.sent()).toMatchObject({
      method: 'GET',
      path: 'meetings/7/registrants',
      query: { status: 'pending', page_size: '30', next_page_token: 't' },
    });
    expect(page.next_page_token).toBe('n');
  });

  it('lists everyone across pages and statuses, filling in the status', async () => {
    const h = fakeZoomApi((call) => {
      const status = call.url.searchParams.get('status');
      const token = call.url.searchParams.get('next_page_token');
      if (status === 'approved' && !token)
        return json({ registrants: [listed('a1')], next_page_token: 'p2' });
      if (status === 'approved') return json({ registrants: [listed('a2')], next_page_token: '' });
      if (status === 'pending') return json({ registrants: [listed('p1')] });
      return json({ registrants: [] });
    });
    const everyone = await h.zoom.registrants.listAll(7);
    expect(everyone.map((r) => [r.id, r.status])).toEqual([
      ['a1', 'approved'],
      ['a2', 'approved'],
      ['p1', 'pending'],
    ]);
    expect(h.all().map((c) => [c.query.status, c.query.next_page_token, c.query.page_size])).toEqual([
      ['approved', undefined, '300'],
      ['approved', 'p2', '300'],
      ['pending', undefined, '300'],
      ['denied', undefined, '300'],
    ]);
  });

  it('stops when Zoom repeats a page token', async () => {
    const h = fakeZoomApi(() => json({ registrants: [listed('x')], next_page_token: 'same' }));
    await h.zoom.registrants.listAll(7, { statuses: ['approved'] });
    expect(h.calls).toHaveLength(2);
  });

  it('adds one registrant, with occurrence ids for a recurring meeting', async () => {
    const h = fakeZoomApi(() =>
      json({ id: 7, registrant_id: 'r1', join_url: 'https://zoom.us/w/7?tk=x', topic: 'T' }, 201),
    );
    const added = await h.zoom.registrants.add(
      7,
      { ...person(1), last_name: 'L' },
      { occurrenceIds: ['o1', 'o2'] },
    );
    expect(h.sent()).toEqual({
      method: 'POST',
      path: 'meetings/7/registrants',
      query: { occurrence_ids: 'o1,o2' },
      body: { email: 'p1@example.com', first_name: 'P1', last_name: 'L' },
    });
    expect(added.registrant_id).toBe('r1');
  });

  it('registers a batch of up to 30', async () => {
    const people = Array.from({ length: 30 }, (_, i) => person(i));
    const h = fakeZoomApi(() =>
      json(
        { registrants: people.map((p, i) => ({ email: p.email, registrant_id: `r${i}`, join_url: 'j' })) },
        201,
      ),
    );
    const result = await h.zoom.registrants.batch(7, { auto_approve: true, registrants: people });
    expect(h.sent()).toEqual({
      method: 'POST',
      path: 'meetings/7/batch_registrants',
      query: {},
      body: { auto_approve: true, registrants: people },
    });
    expect(result.registrants).toHaveLength(30);
  });

  it('refuses a batch of 31 before calling Zoom', async () => {
    const h = fakeZoomApi();
    const people = Array.from({ length: 31 }, (_, i) => person(i));
    await expect(h.zoom.registrants.batch(7, { registrants: people })).rejects.toMatchObject({
      kind: 'invalid-request',
      message: expect.stringMatching(/at most 30/),
    });
    await expect(
      h.zoom.registrants.batch(7, { registrants: [{ email: 'not-an-address', first_name: 'x' }] }),
    ).rejects.toMatchObject({ kind: 'invalid-request' });
    expect(h.calls).toHaveLength(0);
  });

  it('approves, denies or cancels with PUT .../registrants/status', async () => {
    const h = fakeZoomApi(noContent);
    const body = { action: 'approve', registrants: [{ id: 'r1' }, { email: 'p@example.com' }] };
    await h.zoom.registrants.updateStatus(7, body, { occurrenceId: 'o1' });
    expect(h.sent()).toEqual({
      method: 'PUT',
      path: 'meetings/7/registrants/status',
      query: { occurrence_id: 'o1' },
      body,
    });
    await expect(
      h.zoom.registrants.updateStatus(7, { action: 'approve', registrants: [{}] }),
    ).rejects.toMatchObject({ kind: 'invalid-request' });
  });

  it('gets and deletes one registrant', async () => {
    const h = fakeZoomApi((call) => (call.method === 'GET' ? json(listed('r1')) : noContent()));
    await expect(h.zoom.registrants.get(7, 'r1')).resolves.toMatchObject({ id: 'r1' });
    expect(h.sent()).toMatchObject({ method: 'GET', path: 'meetings/7/registrants/r1' });
    await h.zoom.registrants.delete(7, 'r1', { occurrenceId: 'o1' });
    expect(h.sent()).toMatchObject({
      method: 'DELETE',
      path: 'meetings/7/registrants/r1',
      query: { occurrence_id: 'o1' },
    });
  });

  it('uses the account-level path at account level', async () => {
    const h = fakeZoomApi(() => json({ registrants: [] }), { level: 'account', accountId: 'A1' });
    await h.zoom.registrants.batch(7, { registrants: [person(1)] });
    expect(h.sent().path).toBe('accounts/A1/meetings/7/batch_registrants');
  });
});
