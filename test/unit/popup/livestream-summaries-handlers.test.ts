import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { livestreamLogItem } from '@/lib/providers/zoom/livestream-items';
import { json, noContent } from '@/test/support/fake-fetch';
import { NOW, row, sender, setup } from '@/test/support/popup-setup';

describe('the popup handlers: live stream, summaries, scheduling', () => {
  beforeEach(() => fakeBrowser.reset());

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
