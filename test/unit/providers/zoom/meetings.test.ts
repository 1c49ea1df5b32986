import { describe, expect, it } from 'vitest';
import { json, noContent } from '@/test/support/fake-fetch';
import { fakeZoomApi, meeting } from '@/test/support/fake-provider-api';

const weekly = {
  topic: 'Weekly sync',
  type: 8,
  start_time: '2026-04-01T09:00:00',
  duration: 30,
  timezone: 'Europe/Paris',
  agenda: 'Status',
  recurrence: { type: 2, repeat_interval: 1, weekly_days: '2,4', end_times: 10 },
  settings: { approval_type: 0, registration_type: 1, waiting_room: true, auto_recording: 'none' },
};

describe('meetings', () => {
  it('lists with type and page token', async () => {
    const h = fakeZoomApi(() => json({ meetings: [meeting], next_page_token: '', page_size: 30 }));
    const list = await h.zoom.meetings.list({ type: 'upcoming', pageSize: 30, nextPageToken: 'p2' });
    expect(h.sent()).toMatchObject({
      method: 'GET',
      path: 'users/me/meetings',
      query: { type: 'upcoming', page_size: '30', next_page_token: 'p2' },
    });
    expect(list.meetings[0]?.join_url).toBe(meeting.join_url);
    expect(list.next_page_token).toBeUndefined();
  });

  it('lists under the account at account level', async () => {
    const h = fakeZoomApi(() => json({ meetings: [] }), { level: 'account', accountId: 'A1' });
    await h.zoom.meetings.list();
    expect(h.sent().path).toBe('accounts/A1/users/me/meetings');
  });

  it('gets one meeting, optionally one occurrence', async () => {
    const h = fakeZoomApi(() => json(meeting));
    await expect(h.zoom.meetings.get(85746065, { occurrenceId: '1648194360000' })).resolves.toMatchObject({
      id: 85746065,
    });
    expect(h.sent()).toMatchObject({
      method: 'GET',
      path: 'meetings/85746065',
      query: { occurrence_id: '1648194360000' },
    });
  });

  it('creates a recurring meeting with the body as given', async () => {
    const h = fakeZoomApi(() => json({ ...meeting, type: 8 }, 201));
    await h.zoom.meetings.create(weekly);
    expect(h.sent()).toEqual({ method: 'POST', path: 'users/me/meetings', query: {}, body: weekly });
  });

  it('refuses a bad body before calling Zoom', async () => {
    const h = fakeZoomApi();
    await expect(h.zoom.meetings.create({ ...weekly, recurrence: undefined })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(h.zoom.meetings.create({ ...weekly, type: 3 })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    await expect(h.zoom.meetings.create({ ...weekly, surprise: 1 })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
    expect(h.calls).toHaveLength(0);
  });

  it('updates with PATCH and accepts the 204', async () => {
    const h = fakeZoomApi(noContent);
    await expect(
      h.zoom.meetings.update(85746065, { start_time: '2026-04-02T10:00:00Z', duration: 45 }),
    ).resolves.toBeUndefined();
    expect(h.sent()).toEqual({
      method: 'PATCH',
      path: 'meetings/85746065',
      query: {},
      body: { start_time: '2026-04-02T10:00:00Z', duration: 45 },
    });
  });

  it('deletes, optionally one occurrence', async () => {
    const h = fakeZoomApi(noContent);
    await h.zoom.meetings.delete(85746065, { occurrenceId: 'o1', cancelMeetingReminder: true });
    expect(h.sent()).toMatchObject({
      method: 'DELETE',
      path: 'meetings/85746065',
      query: { occurrence_id: 'o1', cancel_meeting_reminder: 'true' },
    });
  });

  it('gets the invitation text', async () => {
    const h = fakeZoomApi(() =>
      json({ invitation: 'Jill is inviting you', sip_links: ['5550100@zoomcrc.com'] }),
    );
    await expect(h.zoom.meetings.invitation(85746065)).resolves.toMatchObject({
      invitation: 'Jill is inviting you',
    });
    expect(h.sent()).toMatchObject({ method: 'GET', path: 'meetings/85746065/invitation' });
  });
});
