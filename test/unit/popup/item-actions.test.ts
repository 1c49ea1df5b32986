import { describe, expect, it } from 'vitest';
import { itemActions, rowLayout } from '@/lib/popup/item-actions';
import { popupMessages, type UpcomingItem } from '@/lib/protocol/popup';

const item = (provider: 'zoom' | 'webex', kind: 'meeting' | 'webinar', id: string) =>
  ({ provider, kind, id, topic: 'T', joinUrl: 'https://x/j' }) as UpcomingItem;
const WEBEX_ID = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';

describe('what a row offers', () => {
  it('Zoom: start and invitation for a meeting, live stream too; a webinar has neither invitation nor stream', () => {
    expect(itemActions(item('zoom', 'meeting', '81'))).toEqual({
      start: true,
      copyInvitation: true,
      livestream: true,
      registrantsPage: 'registrants.html?provider=zoom&meeting=81',
    });
    expect(itemActions(item('zoom', 'webinar', '82'))).toEqual({
      start: true,
      copyInvitation: false,
      livestream: false,
      registrantsPage: 'registrants.html?provider=zoom&webinar=82',
    });
  });

  it('Webex: a composed invitation, no start (the host joins), no live stream, its own registrants page', () => {
    expect(itemActions(item('webex', 'meeting', WEBEX_ID))).toEqual({
      start: false,
      copyInvitation: true,
      livestream: false,
      registrantsPage: `registrants.html?provider=webex&meeting=${WEBEX_ID}`,
    });
  });
});

describe('a row’s layout: one primary action, the rest in its menu', () => {
  it('Zoom: Start for the host, Join moves into the menu with the rest', () => {
    expect(rowLayout(itemActions(item('zoom', 'meeting', '81')))).toEqual({
      primary: 'start',
      menu: ['join', 'copyLink', 'copyInvitation', 'registrants', 'livestream'],
    });
    expect(rowLayout(itemActions(item('zoom', 'webinar', '82')))).toEqual({
      primary: 'start',
      menu: ['join', 'copyLink', 'registrants'],
    });
  });

  it('Webex: Join is primary and never repeated in the menu', () => {
    expect(rowLayout(itemActions(item('webex', 'meeting', WEBEX_ID)))).toEqual({
      primary: 'join',
      menu: ['copyLink', 'copyInvitation', 'registrants'],
    });
  });
});

describe('the popup’s meeting references', () => {
  const invitation = popupMessages['meeting.invitation'].request;
  const counts = popupMessages['registrants.counts'].request;

  it('takes Zoom ids as digits (provider optional) and Webex ids as word characters', () => {
    expect(invitation.safeParse({ id: '81000000001' }).success).toBe(true);
    expect(invitation.safeParse({ id: '81000000001', provider: 'zoom' }).success).toBe(true);
    expect(invitation.safeParse({ id: WEBEX_ID, provider: 'webex' }).success).toBe(true);
    expect(invitation.safeParse({ id: `${WEBEX_ID}_20260303`, provider: 'webex' }).success).toBe(true);
    expect(counts.safeParse({ id: WEBEX_ID, kind: 'meeting', provider: 'webex' }).success).toBe(true);
  });

  it('refuses a Zoom id that is not digits, a Webex id that could leave its path, and unknown fields', () => {
    expect(invitation.safeParse({ id: WEBEX_ID }).success).toBe(false);
    expect(invitation.safeParse({ id: '../me', provider: 'webex' }).success).toBe(false);
    expect(invitation.safeParse({ id: 'a/b', provider: 'webex' }).success).toBe(false);
    expect(invitation.safeParse({ id: '1', provider: 'teams' }).success).toBe(false);
    expect(invitation.safeParse({ id: '1', extra: true }).success).toBe(false);
    expect(counts.safeParse({ id: WEBEX_ID, provider: 'webex' }).success).toBe(false);
  });
});
