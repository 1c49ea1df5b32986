import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { livestreamLogItem } from '@/lib/providers/zoom/livestream-items';
import { upcomingCacheItem } from '@/lib/popup/upcoming-items';
import { json } from '@/test/support/fake-fetch';
import { fakeZoomApi } from '@/test/support/fake-provider-api';
import { NOW, popupHandlers, row, sender, setup } from '@/test/support/popup-setup';

describe('the popup handlers: upcoming, start, invitation, registrants', () => {
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
    const handlers = popupHandlers({
      api: fakeZoomApi().zoom,
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
});
