import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/http/errors';
import { createBrowserMenuPlatform } from '@/lib/menus/browser-platform';
import { createWebexLinkLookup, type WebexLinkSource } from '@/lib/providers/webex/meeting-lookup';
import type { WebexMeeting } from '@/lib/providers/webex/schemas';
import { listedMeeting } from '@/test/support/fake-provider-api';
import { sandboxApi } from '@/test/support/sandbox-api';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { setup } = sandboxApi('webex');

const { webLink: LINK, id: SERIES } = listedMeeting();

function source(signedIn: boolean, byWebLink: (link: string) => Promise<WebexMeeting | null>) {
  const lookup = vi.fn(byWebLink);
  const webex: WebexLinkSource = {
    auth: { isSignedIn: async () => signedIn },
    api: { meetings: { byWebLink: lookup } },
  };
  return { webex, lookup };
}

describe('the Webex link lookup (fake client)', () => {
  it('answers the series id of the meeting Webex finds', async () => {
    const { webex, lookup } = source(true, async () => listedMeeting());
    await expect(createWebexLinkLookup(webex)(LINK)).resolves.toEqual({ found: true, meetingId: SERIES });
    expect(lookup).toHaveBeenCalledWith(LINK);
  });

  it('names the series when Webex answers with one of its occurrences', async () => {
    const occurrence = listedMeeting({
      id: `${SERIES}_20311101T120000Z`,
      meetingType: 'scheduledMeeting',
      meetingSeriesId: SERIES,
    });
    const { webex } = source(true, async () => occurrence);
    await expect(createWebexLinkLookup(webex)(LINK)).resolves.toEqual({ found: true, meetingId: SERIES });
  });

  it('says not found for a link of no meeting of the account', async () => {
    const { webex } = source(true, async () => null);
    await expect(createWebexLinkLookup(webex)(LINK)).resolves.toEqual({ found: false, reason: 'not-found' });
  });

  it('says signed out without asking Webex, and when Webex refuses the session', async () => {
    const signedOut = source(false, async () => listedMeeting());
    await expect(createWebexLinkLookup(signedOut.webex)(LINK)).resolves.toEqual({
      found: false,
      reason: 'signed-out',
    });
    expect(signedOut.lookup).not.toHaveBeenCalled();
    const ended = source(true, async () => {
      throw new ApiError({ kind: 'unauthorized', status: 401, message: 'Your Webex session ended.' });
    });
    await expect(createWebexLinkLookup(ended.webex)(LINK)).resolves.toEqual({
      found: false,
      reason: 'signed-out',
    });
  });

  it('lets any other failure through, for the menu’s failure notification', async () => {
    const down = new ApiError({ kind: 'server', status: 503, message: 'Webex is having trouble.' });
    const { webex } = source(true, async () => Promise.reject(down));
    await expect(createWebexLinkLookup(webex)(LINK)).rejects.toBe(down);
  });

  it('is what the browser platform of the background uses', async () => {
    const { webex, lookup } = source(true, async () => listedMeeting());
    const find = createWebexLinkLookup(webex);
    const platform = createBrowserMenuPlatform({ findMeetingOfLink: async (_provider, link) => find(link) });
    await expect(platform.findMeetingOfLink('webex', LINK)).resolves.toEqual({
      found: true,
      meetingId: SERIES,
    });
    expect(lookup).toHaveBeenCalledWith(LINK);
  });
});

describe('the Webex link lookup against the sandbox', () => {
  it('finds a seeded meeting by its join link and misses a link of no meeting', async () => {
    const { webex, sandbox } = setup();
    const find = createWebexLinkLookup({ auth: { isSignedIn: async () => true }, api: webex });
    const { webLink } = await webex.meetings.get(WEBEX_SEED.training);
    await expect(find(webLink)).resolves.toEqual({ found: true, meetingId: WEBEX_SEED.training });
    await expect(find(`${sandbox.url}/webex/j/1`)).resolves.toEqual({ found: false, reason: 'not-found' });
  });
});
