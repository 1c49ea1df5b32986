import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { WebexClient } from '@/lib/providers/webex/client';
import { livestreamLogItem } from '@/lib/providers/zoom/livestream-items';
import { upcomingCacheItem, webexUpcomingCacheItem } from '@/lib/popup/upcoming-items';
import { type Call, json, type Reply } from '@/test/support/fake-fetch';
import {
  answerRoutes,
  fakeWebexApi,
  fakeZoomApi,
  SYNC,
  TRAINING,
  webexMeeting,
  webexProfile,
} from '@/test/support/fake-provider-api';
import { NOW, popupHandlers, profile, row, sender } from '@/test/support/popup-setup';

const zoomRoutes = (call: Call): Reply => {
  const path = call.url.pathname.replace(/^\/v2\//, '');
  if (path === 'users/me/meetings')
    return json({
      meetings: [row(2, 'Zoom later', '2026-03-04T10:00:00Z'), row(1, 'Zoom first', '2026-03-01T12:00:00Z')],
    });
  if (path === 'users/me/webinars') return json({ webinars: [] });
  return json({ code: 3001, message: 'Meeting does not exist.' }, 404);
};

const webexList = () =>
  json({
    items: [
      webexMeeting(TRAINING, 'Webex training', '2026-03-03T10:00:00Z', 90),
      webexMeeting(SYNC, 'Webex sync', '2026-03-02T09:00:00Z', 30),
    ],
  });

function setup(
  options: {
    zoom?: boolean;
    webex?: boolean;
    webexRoutes?: Record<string, (call: Call) => Reply>;
    webexSignedOut?: boolean;
  } = {},
) {
  const zoom = fakeZoomApi(zoomRoutes);
  const fake = fakeWebexApi(answerRoutes('webex', { 'GET meetings': webexList, ...options.webexRoutes }), {
    ...(options.webexSignedOut ? { signedOut: true } : {}),
  });
  const handlers = popupHandlers({
    api: zoom.zoom,
    profile: async () => (options.zoom === false ? null : profile),
    upcomingCache: upcomingCacheItem,
    webex: {
      api: fake.webex as WebexClient,
      profile: async () => (options.webex === false ? null : webexProfile),
      upcomingCache: webexUpcomingCacheItem,
    },
    livestreamLog: livestreamLogItem,
    openTab: async () => {},
    now: () => NOW,
  });
  return { handlers, zoom, ...fake };
}

describe('the popup handlers with a Webex account beside Zoom', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges both accounts soonest first, each row naming its provider, and caches each per account', async () => {
    const { handlers, calls, query } = setup();
    const upcoming = await handlers['upcoming.list']({}, sender);
    expect(upcoming.items.map((i) => [i.provider, i.topic])).toEqual([
      ['zoom', 'Zoom first'],
      ['webex', 'Webex sync'],
      ['webex', 'Webex training'],
      ['zoom', 'Zoom later'],
    ]);
    expect(upcoming.problems).toEqual([]);
    expect(query(calls[0]!)).toEqual({
      meetingType: 'meetingSeries',
      from: '2026-02-28T10:00:00.000Z',
      to: '2026-04-01T10:00:00.000Z',
      max: '100',
    });
    const zoomCache = await upcomingCacheItem.get();
    const webexCache = await webexUpcomingCacheItem.get();
    expect(zoomCache?.userId).toBe('u1');
    expect(zoomCache?.items.every((i) => i.provider === 'zoom')).toBe(true);
    expect(webexCache).toMatchObject({ userId: 'w1', fetchedAt: NOW });
    expect(webexCache?.items.map((i) => i.id)).toEqual([SYNC, TRAINING]);
    // No password in storage: the invitation is composed on click.
    expect(JSON.stringify(webexCache)).not.toContain('Train42');
  });

  it('lists Webex alone when Zoom is not connected, without asking Zoom', async () => {
    const { handlers, zoom } = setup({ zoom: false });
    const upcoming = await handlers['upcoming.list']({}, sender);
    expect(upcoming.items.map((i) => i.provider)).toEqual(['webex', 'webex']);
    expect(zoom.calls).toHaveLength(0);
    expect(await upcomingCacheItem.get()).toBeNull();
  });

  it('says "signed-out" when neither account is connected', async () => {
    const { handlers } = setup({ zoom: false, webex: false });
    await expect(handlers['upcoming.list']({}, sender)).rejects.toMatchObject({ code: 'signed-out' });
  });

  it('keeps Zoom’s rows and this Webex account’s cached rows when Webex cannot be reached', async () => {
    await webexUpcomingCacheItem.set({
      userId: 'w1',
      fetchedAt: 1,
      items: [
        {
          provider: 'webex',
          id: TRAINING,
          kind: 'meeting',
          topic: 'Cached training',
          joinUrl: 'https://w/j',
        },
      ],
    });
    const { handlers } = setup({
      webexRoutes: { 'GET meetings': () => new TypeError('Failed to fetch') },
    });
    const upcoming = await handlers['upcoming.list']({}, sender);
    expect(upcoming.items.map((i) => i.topic)).toEqual(['Zoom first', 'Zoom later', 'Cached training']);
    expect(upcoming.problems).toEqual([
      { provider: 'webex', code: 'network', message: expect.stringContaining('Could not reach Webex') },
    ]);
  });

  it('never keeps another Webex account’s cache, nor any cache once the Webex session ended', async () => {
    await webexUpcomingCacheItem.set({
      userId: 'someone-else',
      fetchedAt: 1,
      items: [
        { provider: 'webex', id: TRAINING, kind: 'meeting', topic: 'Not yours', joinUrl: 'https://w/j' },
      ],
    });
    const offline = setup({ webexRoutes: { 'GET meetings': () => new TypeError('Failed to fetch') } });
    expect((await offline.handlers['upcoming.list']({}, sender)).items.map((i) => i.topic)).not.toContain(
      'Not yours',
    );

    await webexUpcomingCacheItem.set({
      userId: 'w1',
      fetchedAt: 1,
      items: [{ provider: 'webex', id: TRAINING, kind: 'meeting', topic: 'Mine', joinUrl: 'https://w/j' }],
    });
    const ended = setup({ webexSignedOut: true });
    const upcoming = await ended.handlers['upcoming.list']({}, sender);
    expect(upcoming.items.map((i) => i.provider)).toEqual(['zoom', 'zoom']);
    expect(upcoming.problems).toMatchObject([{ provider: 'webex', code: 'signed-out' }]);
  });

  it('fails as a whole, with Webex’s sentence, when Webex is the only account and cannot be read', async () => {
    const { handlers } = setup({
      zoom: false,
      webexRoutes: { 'GET meetings': () => new TypeError('Failed to fetch') },
    });
    await expect(handlers['upcoming.list']({}, sender)).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('Webex'),
    });
  });

  it('composes a Webex invitation from the meeting, read on click', async () => {
    const { handlers, calls } = setup({
      webexRoutes: {
        [`GET meetings/${TRAINING}`]: () =>
          json(webexMeeting(TRAINING, 'Webex training', '2026-03-03T10:00:00Z', 90)),
      },
    });
    const { invitation } = await handlers['meeting.invitation']({ id: TRAINING, provider: 'webex' }, sender);
    expect(calls.at(-1)!.url.pathname).toBe(`/v1/meetings/${TRAINING}`);
    expect(invitation).toContain('Webex training');
    expect(invitation).toContain('Tuesday, 3 March 2026, 11:00–12:30 (Europe/Paris)');
    expect(invitation).toContain('Meeting number: 2651 234 5678');
    expect(invitation).toContain('Password: Train42');
    expect(invitation).toContain('+1-555-0100');
  });

  it('calls a deleted Webex meeting "meeting-gone"', async () => {
    const { handlers } = setup();
    await expect(
      handlers['meeting.invitation']({ id: TRAINING, provider: 'webex' }, sender),
    ).rejects.toMatchObject({ code: 'meeting-gone' });
  });

  it('counts a Webex meeting’s approved and pending registrants across pages, or says registration is off', async () => {
    const registrant = (n: number, status: string) => ({ id: `r${n}`, status, email: `p${n}@x.org` });
    const { handlers } = setup({
      webexRoutes: {
        [`GET meetings/${TRAINING}`]: () =>
          json(
            webexMeeting(TRAINING, 'T', '2026-03-03T10:00:00Z', 60, {
              registration: { autoAcceptRequest: false },
            }),
          ),
        [`GET meetings/${TRAINING}/registrants`]: (call) =>
          call.url.searchParams.get('cursor')
            ? json({ items: [registrant(3, 'pending'), registrant(4, 'rejected')] })
            : json({ items: [registrant(1, 'approved'), registrant(2, 'approved')] }, 200, {
                link: `<https://webex.test/v1/meetings/${TRAINING}/registrants?max=100&cursor=2>; rel="next"`,
              }),
        [`GET meetings/${SYNC}`]: () => json(webexMeeting(SYNC, 'S', '2026-03-02T10:00:00Z')),
      },
    });
    expect(
      await handlers['registrants.counts']({ id: TRAINING, kind: 'meeting', provider: 'webex' }, sender),
    ).toEqual({ enabled: true, approved: 2, pending: 1 });
    expect(
      await handlers['registrants.counts']({ id: SYNC, kind: 'meeting', provider: 'webex' }, sender),
    ).toEqual({ enabled: false });
  });

  it('still answers Zoom requests that name no provider', async () => {
    const { handlers, zoom, calls } = setup();
    await expect(handlers['meeting.invitation']({ id: '5' }, sender)).rejects.toMatchObject({
      code: 'meeting-gone',
    });
    expect(zoom.sent().path).toBe('meetings/5/invitation');
    expect(calls).toHaveLength(0);
  });
});
