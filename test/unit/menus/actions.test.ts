import { describe, expect, it, vi } from 'vitest';
import { registerMenus, runMenuAction } from '@/lib/menus/registry';
import type { MenuPlatform } from '@/lib/menus/types';
import type { LinkLookup } from '@/lib/providers/provider';
import { webexJoinLink } from '@/lib/providers/webex/join-link';
import { meetingIdFromLink } from '@/lib/providers/zoom/join-link';
import { english } from '@/test/support/english-messages';

const WEBEX_SERIES = '870f51ff287b41be84648412901e0402';
const WEBEX_LINK = 'https://acme.webex.com/acme/j.php?MTID=md41817da6a55b0925530cb88b3577b1e';

const NOT_A_MEETING_LINK: LinkLookup = { found: false, reason: 'not-a-meeting-link' };

/**
 * The background's accounts as the menus ask them: Zoom reads the id from the link, Webex looks a
 * link on a site up (`webex`: its answer; default: the link's meeting is found).
 */
function fakePlatform(webex: LinkLookup = { found: true, meetingId: WEBEX_SERIES }) {
  return {
    openPage: vi.fn(async (_path: string) => {}),
    openWindow: vi.fn(async (_path: string) => {}),
    notify: vi.fn(async (_message: string) => {}),
    findMeetingOfLink: vi.fn(async (provider: string, link: string): Promise<LinkLookup> => {
      if (provider === 'webex') return webexJoinLink(link) ? webex : NOT_A_MEETING_LINK;
      const meetingId = meetingIdFromLink(link);
      return meetingId ? { found: true, meetingId } : NOT_A_MEETING_LINK;
    }),
    t: (key: string, subs?: string[]) => `t:${key}${subs ? `(${subs.join(',')})` : ''}`,
  } satisfies MenuPlatform;
}

describe('Zoom join links', () => {
  it('finds the meeting id on zoom.us, vanity subdomains and ZoomGov', () => {
    expect(meetingIdFromLink('https://zoom.us/j/81000000001?pwd=abc')).toBe('81000000001');
    expect(meetingIdFromLink('https://acme.zoom.us/j/123456789')).toBe('123456789');
    expect(meetingIdFromLink('https://us02web.zoom.us/j/81000000001/')).toBe('81000000001');
    expect(meetingIdFromLink('https://zoomgov.com/j/1610000001')).toBe('1610000001');
  });

  it('refuses look-alikes, other paths and plain http', () => {
    for (const link of [
      'https://zoom.us.evil.example/j/81000000001',
      'https://evilzoom.us/j/81000000001',
      'https://zoom.us/s/81000000001',
      'http://zoom.us/j/81000000001',
      'https://zoom.us/j/12',
      'not a url',
      undefined,
    ]) {
      expect(meetingIdFromLink(link), String(link)).toBeNull();
    }
  });
});

describe('menu actions', () => {
  it('"Register to a Zoom or Webex meeting…" opens the registrants page with the selected people', async () => {
    const platform = fakePlatform();
    await runMenuAction(
      {
        menuItemId: 'register-to-meeting',
        selectionText: 'Ada Lovelace <ada@example.org>, grace@example.org. Thanks!',
      },
      platform,
    );
    const path = platform.openPage.mock.calls[0]![0];
    expect(path.startsWith('registrants.html#people=')).toBe(true);
    const people = JSON.parse(decodeURIComponent(path.slice('registrants.html#people='.length)));
    expect(people).toEqual([
      { email: 'ada@example.org', firstName: 'Ada', lastName: 'Lovelace' },
      { email: 'grace@example.org', firstName: 'Grace' },
    ]);
  });

  it('"Register to a Zoom or Webex meeting…" with no address says so and opens nothing', async () => {
    const platform = fakePlatform();
    await runMenuAction({ menuItemId: 'register-to-meeting', selectionText: 'no addresses here' }, platform);
    expect(platform.openPage).not.toHaveBeenCalled();
    expect(platform.notify).toHaveBeenCalledWith('t:menuNoAddresses');
  });

  it('"Copy invitation" opens the invitation window for the linked meeting', async () => {
    const platform = fakePlatform();
    await runMenuAction(
      { menuItemId: 'copy-invitation', linkUrl: 'https://acme.zoom.us/j/81000000002?pwd=x' },
      platform,
    );
    expect(platform.openWindow).toHaveBeenCalledWith('invitation.html?provider=zoom&meeting=81000000002');
  });

  it('"Manage registrants" opens the registrants page of the linked meeting', async () => {
    const platform = fakePlatform();
    await runMenuAction(
      { menuItemId: 'manage-registrants', linkUrl: 'https://zoom.us/j/81000000003' },
      platform,
    );
    expect(platform.openPage).toHaveBeenCalledWith('registrants.html?provider=zoom&meeting=81000000003');
  });

  it('a Zoom link is asked of Zoom alone, and opens its page', async () => {
    const platform = fakePlatform();
    await runMenuAction(
      { menuItemId: 'copy-invitation', linkUrl: 'https://zoom.us/j/81000000003' },
      platform,
    );
    expect(platform.findMeetingOfLink.mock.calls).toEqual([['zoom', 'https://zoom.us/j/81000000003']]);
    expect(platform.notify).not.toHaveBeenCalled();
  });

  it('"Copy invitation" on a Webex link opens the invitation of the meeting Webex names', async () => {
    const platform = fakePlatform();
    await runMenuAction({ menuItemId: 'copy-invitation', linkUrl: WEBEX_LINK }, platform);
    expect(platform.findMeetingOfLink.mock.calls).toEqual([['webex', WEBEX_LINK]]);
    expect(platform.openWindow).toHaveBeenCalledWith(
      `invitation.html?provider=webex&meeting=${WEBEX_SERIES}`,
    );
    expect(platform.notify).not.toHaveBeenCalled();
  });

  it('"Manage registrants" on a Webex link opens the registrants page of that meeting', async () => {
    const platform = fakePlatform();
    await runMenuAction({ menuItemId: 'manage-registrants', linkUrl: WEBEX_LINK }, platform);
    expect(platform.findMeetingOfLink.mock.calls).toEqual([['webex', WEBEX_LINK]]);
    expect(platform.openPage).toHaveBeenCalledWith(`registrants.html?provider=webex&meeting=${WEBEX_SERIES}`);
  });

  for (const id of ['copy-invitation', 'manage-registrants']) {
    it(`"${id}" on a Webex link of no meeting of the account says so and opens nothing`, async () => {
      const platform = fakePlatform({ found: false, reason: 'not-found' });
      await runMenuAction({ menuItemId: id, linkUrl: WEBEX_LINK }, platform);
      expect(platform.notify).toHaveBeenCalledWith('t:menuMeetingNotFound(Webex)');
      expect(platform.openWindow).not.toHaveBeenCalled();
      expect(platform.openPage).not.toHaveBeenCalled();
    });

    it(`"${id}" on a Webex link while signed out of Webex asks to sign in`, async () => {
      const platform = fakePlatform({ found: false, reason: 'signed-out' });
      await runMenuAction({ menuItemId: id, linkUrl: WEBEX_LINK }, platform);
      expect(platform.notify).toHaveBeenCalledWith('t:menuSignedOut(Webex)');
      expect(platform.openWindow).not.toHaveBeenCalled();
      expect(platform.openPage).not.toHaveBeenCalled();
    });

    it(`"${id}" on a link that is not a meeting link notifies instead of opening`, async () => {
      const platform = fakePlatform();
      for (const linkUrl of ['https://zoom.us/j/abc', 'https://www.webex.com/pricing', undefined]) {
        await runMenuAction({ menuItemId: id, linkUrl }, platform);
      }
      expect(platform.notify.mock.calls).toEqual([
        ['t:menuNotProviderMeetingLink(Zoom)'],
        ['t:menuNotProviderMeetingLink(Webex)'],
        ['t:menuNotAMeetingLink(Zoom or Webex)'],
      ]);
      // A link on a provider's patterns is that provider's to judge (here: not one of its join links).
      expect(platform.findMeetingOfLink.mock.calls.map(([provider]) => provider)).toEqual(['zoom', 'webex']);
      expect(platform.openWindow).not.toHaveBeenCalled();
      expect(platform.openPage).not.toHaveBeenCalled();
    });
  }

  it('a Webex lookup that fails (Webex down) ends in the failure notification', async () => {
    const platform = fakePlatform();
    platform.findMeetingOfLink.mockRejectedValueOnce(new Error('Webex is having trouble'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await runMenuAction({ menuItemId: 'copy-invitation', linkUrl: WEBEX_LINK }, platform);
    expect(platform.notify).toHaveBeenCalledWith('t:menuActionFailed(Zoom and Webex)');
    expect(platform.openWindow).not.toHaveBeenCalled();
  });

  it('"Schedule a Zoom meeting" opens the form, with selected text as the topic', async () => {
    const platform = fakePlatform();
    await runMenuAction({ menuItemId: 'schedule-meeting' }, platform);
    await runMenuAction({ menuItemId: 'schedule-meeting', selectionText: '  Design & review ' }, platform);
    expect(platform.openWindow.mock.calls.map((c) => c[0])).toEqual([
      'schedule.html',
      'schedule.html?topic=Design%20%26%20review',
    ]);
  });

  it('ignores items that are not ours and reports a failed action in a notification', async () => {
    const platform = fakePlatform();
    await runMenuAction({ menuItemId: 'someone-else' }, platform);
    expect(platform.notify).not.toHaveBeenCalled();
    platform.openWindow.mockRejectedValueOnce(new Error('no window'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await runMenuAction({ menuItemId: 'schedule-meeting' }, platform);
    expect(platform.notify).toHaveBeenCalledWith('t:menuActionFailed(Zoom and Webex)');
  });
});

describe('registering the menus', () => {
  const menus = () => ({ removeAll: vi.fn(async () => {}), create: vi.fn() });

  it('creates every item, titled from _locales, once registrants.html exists', async () => {
    const api = menus();
    const ids = await registerMenus(api, { t: (k) => `t:${k}`, pageExists: async () => true });
    expect(ids).toEqual(['register-to-meeting', 'copy-invitation', 'manage-registrants', 'schedule-meeting']);
    expect(api.removeAll).toHaveBeenCalledBefore(api.create);
    expect(api.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'copy-invitation', title: 't:menuCopyInvitation', contexts: ['link'] }),
    );
  });

  it('names every provider in the titles and sentences that speak of them all', async () => {
    const api = menus();
    await registerMenus(api, { t: english, pageExists: async () => true });
    expect(api.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'register-to-meeting', title: 'Register to a Zoom or Webex meeting…' }),
    );
    const platform = { ...fakePlatform(), t: english };
    await runMenuAction({ menuItemId: 'copy-invitation', linkUrl: 'https://example.org/j/1' }, platform);
    await runMenuAction({ menuItemId: 'copy-invitation', linkUrl: 'https://zoom.us/j/abc' }, platform);
    platform.openWindow.mockRejectedValueOnce(new Error('no window'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await runMenuAction({ menuItemId: 'schedule-meeting' }, platform);
    expect(platform.notify.mock.calls.map(([message]) => message)).toEqual([
      'This is not a Zoom or Webex meeting link.',
      'This is not a Zoom meeting link.',
      'That did not work. Open the toolbar popup to check your Zoom and Webex connections.',
    ]);
  });

  it('leaves out the items whose page is not built yet', async () => {
    const api = menus();
    const ids = await registerMenus(api, {
      t: (k) => k,
      pageExists: async (path) => path !== 'registrants.html',
    });
    expect(ids).toEqual(['copy-invitation', 'schedule-meeting']);
  });
});
