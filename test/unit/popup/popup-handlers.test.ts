import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPopupHandlers } from '@/lib/background/popup-handlers';
import { livestreamLogItem, upcomingCacheItem } from '@/lib/storage';
import type { Call } from '../http/fake-fetch';
import { json, noContent } from '../http/fake-fetch';
import { zoomHarness } from '../zoom/harness';

const NOW = Date.parse('2026-03-01T10:00:00Z');
const sender = { id: 'x', url: 'chrome-extension://x/popup.html' };
const profile = {
  userId: 'u1',
  displayName: 'Ada',
  email: 'a@x',
  accountType: 'licensed',
  accountId: 'a',
} as const;

const row = (id: number, topic: string, start: string, duration = 60) => ({
  id,
  topic,
  type: 2,
  join_url: `https://zoom.us/j/${id}`,
  start_url: `https://zoom.us/s/${id}?zak=secret`,
  start_time: start,
  duration,
});

function routes(extra: Record<string, (call: Call) => Response> = {}) {
  return (call: Call) => {
    const key = `${call.method} ${call.url.pathname.replace(/^\/v2\//, '')}`;
    const answer = extra[key];
    if (answer) return answer(call);
    if (key === 'GET users/me/meetings')
      return json({
        meetings: [row(2, 'Later', '2026-03-03T10:00:00Z'), row(1, 'Sooner', '2026-03-02T10:00:00Z')],
      });
    if (key === 'GET users/me/webinars')
      return json({ webinars: [{ ...row(9, 'Ended webinar', '2026-02-01T10:00:00Z'), type: 5 }] });
    return json({ code: 3001, message: 'Meeting does not exist.' }, 404);
  };
}

function setup(extra: Record<string, (call: Call) => Response> = {}) {
  const harness = zoomHarness(routes(extra));
  const openTab = vi.fn(async (_url: string) => {});
  const handlers = createPopupHandlers({
    api: harness.zoom,
    profile: async () => profile,
    upcomingCache: upcomingCacheItem,
    livestreamLog: livestreamLogItem,
    openTab,
    now: () => NOW,
  });
  return { ...harness, handlers, openTab };
}

describe('the popup handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists upcoming meetings and webinars soonest first, drops ended ones, caches them without start links', async () => {
    const { handlers, all } = setup();
    const upcoming = await handlers['upcoming.list']({}, sender);
    expect(upcoming.items.map((i) => i.topic)).toEqual(['Sooner', 'Later']);
    expect(all()[0]!.query).toEqual({ type: 'upcoming', page_size: '100' });
    const cached = await upcomingCacheItem.get();
    expect(cached).toEqual({ userId: 'u1', fetchedAt: NOW, items: upcoming.items });
    expect(JSON.stringify(cached)).not.toContain('zak=');
  });

  it('says "signed-out" when nobody is signed in, and writes no cache', async () => {
    const handlers = createPopupHandlers({
      api: zoomHarness().zoom,
      profile: async () => null,
      upcomingCache: upcomingCacheItem,
      livestreamLog: livestreamLogItem,
      openTab: async () => {},
    });
    await expect(handlers['upcoming.list']({}, sender)).rejects.toMatchObject({ code: 'signed-out' });
    expect(await upcomingCacheItem.get()).toBeNull();
  });

  it('still lists meetings when the account has no webinar add-on', async () => {
    const { handlers } = setup({
      'GET users/me/webinars': () => json({ code: 200, message: 'Webinar plan is missing.' }, 400),
    });
    expect((await handlers['upcoming.list']({}, sender)).items).toHaveLength(2);
  });

  it('opens the start link in a tab and hands nothing back', async () => {
    const { handlers, openTab } = setup({
      'GET meetings/1': () => json(row(1, 'Sooner', '2026-03-02T10:00:00Z')),
    });
    expect(await handlers['meeting.start']({ id: '1', kind: 'meeting' }, sender)).toEqual({ opened: true });
    expect(openTab).toHaveBeenCalledWith('https://zoom.us/s/1?zak=secret');
  });

  it('calls a deleted meeting "meeting-gone"', async () => {
    const { handlers } = setup();
    await expect(handlers['meeting.invitation']({ id: '5' }, sender)).rejects.toMatchObject({
      code: 'meeting-gone',
    });
  });

  it('counts approved and pending registrants from total_records, or says registration is off', async () => {
    const { handlers, all } = setup({
      'GET meetings/3': () =>
        json({ ...row(3, 'R', '2026-03-02T10:00:00Z'), settings: { approval_type: 1 } }),
      'GET meetings/3/registrants': (call) =>
        json({ registrants: [], total_records: call.url.searchParams.get('status') === 'pending' ? 2 : 7 }),
      'GET meetings/4': () =>
        json({ ...row(4, 'Open', '2026-03-02T10:00:00Z'), settings: { approval_type: 2 } }),
    });
    expect(await handlers['registrants.counts']({ id: '3', kind: 'meeting' }, sender)).toEqual({
      enabled: true,
      approved: 7,
      pending: 2,
    });
    expect(
      all()
        .filter((c) => c.path.endsWith('registrants'))
        .map((c) => c.query.page_size),
    ).toEqual(['1', '1']);
    expect(await handlers['registrants.counts']({ id: '4', kind: 'meeting' }, sender)).toEqual({
      enabled: false,
    });
  });

  it('starts a live stream with the reference’s settings, stops it without, and remembers the last action', async () => {
    const { handlers, all } = setup({
      'PATCH meetings/6/livestream/status': () => noContent(),
      'GET meetings/6/livestream': () =>
        json({ stream_url: 'rtmp://s/app', stream_key: 'k', page_url: 'https://p/', resolution: '720p' }),
      'GET meetings/6': () => json({ ...row(6, 'Live', '2026-03-01T09:50:00Z'), status: 'started' }),
    });
    const settings = {
      layout: 'speaker_view',
      display_name: '',
      active_speaker_name: false,
      close_caption: 'embedded',
    } as const;
    const started = await handlers['livestream.setStatus']({ id: '6', action: 'start', settings }, sender);
    expect(all().find((c) => c.method === 'PATCH')!.body).toEqual({
      action: 'start',
      settings: { layout: 'speaker_view', active_speaker_name: false, close_caption: 'embedded' },
    });
    expect(started).toMatchObject({ meetingStatus: 'started', lastAction: { action: 'start', at: NOW } });
    await handlers['livestream.setStatus']({ id: '6', action: 'stop' }, sender);
    expect(
      all()
        .filter((c) => c.method === 'PATCH')
        .at(-1)!.body,
    ).toEqual({ action: 'stop' });
    expect(await livestreamLogItem.get()).toEqual({ '6': { action: 'stop', at: NOW } });
  });

  it('says "no-live-streaming" for a plan without it and "summaries-disabled" for 3000 and 2305', async () => {
    const { handlers } = setup({
      'GET meetings/7/livestream': () => json({ code: 200, message: 'Only available for paid users.' }, 400),
      'GET meetings/7': () => json(row(7, 'x', '2026-03-02T10:00:00Z')),
      'GET meetings/meeting_summaries': () => json({ code: 2305, message: 'Not allowed.' }, 400),
      'GET meetings/abc/meeting_summary': () => json({ code: 3000, message: 'Cannot access.' }, 400),
    });
    await expect(handlers['livestream.get']({ id: '7' }, sender)).rejects.toMatchObject({
      code: 'no-live-streaming',
    });
    const range = { from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T23:59:59.000Z' };
    await expect(handlers['summaries.list'](range, sender)).rejects.toMatchObject({
      code: 'summaries-disabled',
    });
    await expect(handlers['summaries.get']({ uuid: 'abc' }, sender)).rejects.toMatchObject({
      code: 'summaries-disabled',
    });
  });

  it('asks Zoom for summaries in its own time format, ten a page', async () => {
    const { handlers, sent } = setup({ 'GET meetings/meeting_summaries': () => json({ summaries: [] }) });
    await handlers['summaries.list'](
      { from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T23:59:59.000Z', nextPageToken: 'n' },
      sender,
    );
    expect(sent().query).toEqual({
      from: '2026-02-01T00:00:00Z',
      to: '2026-03-01T23:59:59Z',
      page_size: '10',
      next_page_token: 'n',
    });
  });

  it('schedules a meeting at the typed wall-clock time in the given zone and returns its invitation', async () => {
    const { handlers, all } = setup({
      'POST users/me/meetings': () => json(row(42, 'Roadmap', '2026-03-05T13:30:00Z', 45), 201),
      'GET meetings/42/invitation': () => json({ invitation: 'Join Zoom Meeting\r\nhttps://zoom.us/j/42' }),
    });
    const result = await handlers['meeting.schedule'](
      { topic: 'Roadmap', start: '2026-03-05T14:30', duration: 45, timezone: 'Europe/Paris' },
      sender,
    );
    expect(all()[0]!.body).toEqual({
      topic: 'Roadmap',
      type: 2,
      start_time: '2026-03-05T14:30:00',
      duration: 45,
      timezone: 'Europe/Paris',
    });
    expect(result.invitation).toBe('Join Zoom Meeting\r\nhttps://zoom.us/j/42');
    expect(result.item).toMatchObject({ id: '42', kind: 'meeting', durationMinutes: 45 });
  });
});
