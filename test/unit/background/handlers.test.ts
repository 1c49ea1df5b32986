import { describe, expect, it, vi } from 'vitest';
import type { ResolvedZoomEndpoints } from '@/lib/providers/zoom/endpoints';
import { describeError } from '@/lib/http/describe-error';
import {
  createHandlers as createCalendarHandlers,
  type Services as CalendarServices,
} from '@/lib/background/handlers';
import { signInAgain } from '@/lib/auth/connection';
import { createZoomAccountHandlers, type ZoomAccountServices } from '@/lib/providers/zoom/handlers';
import { createMessageRouter } from '@/lib/background/router';
import type { CalendarEvent } from '@/lib/protocol/calendar-event';
import { ApiError } from '@/lib/http/errors';
import { DEFAULT_MEETING_DEFAULTS, type MeetingDefaults, type ZoomEndpoints } from '@/lib/storage';

type Services = CalendarServices & ZoomAccountServices;
/** The shared calendar answers and Zoom's own, as the background merges them. */
const createHandlers = (s: Services) => ({ ...createCalendarHandlers(s), ...createZoomAccountHandlers(s) });

const sender = { id: 'x', url: 'chrome-extension://x/options.html' };
/** The content script of tab 7, which shows the event e1 in Google Calendar's full editor. */
const calendarTab = { id: 'x', url: 'https://calendar.google.com/calendar/r/eventedit/e1', tab: { id: 7 } };
const profile = {
  userId: 'u1',
  displayName: 'Ada',
  email: 'ada@example.org',
  accountType: 'licensed',
  accountId: 'a1',
} as const;

function services(resolved: ResolvedZoomEndpoints, overrides: Partial<Services> = {}): Services {
  let saved = resolved.endpoints;
  let savedDefaults = DEFAULT_MEETING_DEFAULTS;
  const s: Services = {
    // As the Zoom provider does (lib/providers/zoom/provider.ts), over this fake connection.
    signInFromPage: async () => signInAgain(s.zoom),
    defaultProvider: async () => 'zoom' as const,
    zoom: {
      signIn: vi.fn(async () => profile),
      signOut: vi.fn(async () => {}),
      status: vi.fn(async () => ({ connected: false as const })),
      refreshProfile: vi.fn(async () => profile),
    },
    redirectUrl: 'https://id.chromiumapp.org/',
    resolveZoomEndpoints: async () => ({ ...resolved, endpoints: saved }),
    saveZoomEndpoints: vi.fn(async (e: ZoomEndpoints) => {
      saved = e;
    }),
    meetings: {
      providers: vi.fn(async () => ({ defaultProvider: 'zoom' as const, connected: ['zoom' as const] })),
      attach: vi.fn(async () => ({ link, invitation: 'Join Zoom Meeting' })),
      linkFor: vi.fn(async () => ({ link, candidate: undefined })),
      sync: vi.fn(async () => ({ link, updated: false, invitation: null })),
      remove: vi.fn(async () => ({ removed: true as const })),
    },
    meetingDefaults: {
      get: vi.fn(async () => savedDefaults),
      save: vi.fn(async (d: MeetingDefaults) => {
        savedDefaults = d;
      }),
    },
    ...overrides,
  };
  return s;
}

const link = {
  provider: 'zoom' as const,
  meetingId: '81234567890',
  joinUrl: 'https://zoom.us/j/81234567890',
  topic: 'Planning',
  registration: false,
};
const calendarEvent: CalendarEvent = {
  site: 'google',
  id: 'e1',
  title: 'Planning',
  start: '2027-05-12T10:00:00',
  end: '2027-05-12T11:00:00',
  timeZone: 'Europe/Berlin',
  allDay: false,
  guests: [],
  description: '',
  location: '',
};

const zoom: ZoomEndpoints = {
  preset: 'zoom',
  oauthBase: 'https://zoom.us',
  apiBase: 'https://api.zoom.us/v2',
  clientId: 'abc',
};
const unlocked = { preset: false, oauthBase: false, apiBase: false, clientId: false };

describe('background handlers', () => {
  it('saves the server settings and answers with the redirect URL to register', async () => {
    const handlers = createHandlers(services({ endpoints: zoom, locked: unlocked }));
    const custom = {
      preset: 'custom',
      oauthBase: 'http://127.0.0.1:4010',
      apiBase: 'http://127.0.0.1:4010/v2',
      clientId: ' sandbox-client ',
    } as const;
    const view = await handlers['settings.saveZoom']!(custom, sender);
    expect(view.endpoints).toEqual({ ...custom, clientId: 'sandbox-client' });
    expect(view.redirectUrl).toBe('https://id.chromiumapp.org/');
  });

  it('signs out (revoking at the old server) before moving to another server, and not otherwise', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    await handlers['settings.saveZoom']!(zoom, sender);
    expect(s.zoom.signOut).not.toHaveBeenCalled();
    await handlers['settings.saveZoom']!({ ...zoom, clientId: 'another-app' }, sender);
    expect(s.zoom.signOut).toHaveBeenCalledOnce();
    expect(vi.mocked(s.zoom.signOut).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(s.saveZoomEndpoints).mock.invocationCallOrder.at(-1)!,
    );
  });

  it('keeps the values an administrator locked by policy, whatever the page sends', async () => {
    const locked = { preset: true, oauthBase: true, apiBase: true, clientId: true };
    const s = services({ endpoints: zoom, locked });
    const view = await createHandlers(s)['settings.saveZoom']!(
      {
        preset: 'custom',
        oauthBase: 'https://evil.example',
        apiBase: 'https://evil.example/v2',
        clientId: 'other',
      },
      sender,
    );
    expect(view.endpoints).toEqual(zoom);
    expect(s.saveZoomEndpoints).toHaveBeenCalledWith(zoom);
  });

  it('signs in and answers with the new status', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    vi.mocked(s.zoom.status).mockResolvedValueOnce({ connected: true, user: profile });
    const status = await createHandlers(s)['auth.signIn']!({}, sender);
    expect(s.zoom.signIn).toHaveBeenCalledOnce();
    expect(status).toEqual({ zoom: { connected: true, user: profile } });
  });

  it('passes the meeting messages to the meeting service, with the tab that shows the event', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    await expect(handlers['meeting.attach']!({ event: calendarEvent }, calendarTab)).resolves.toEqual({
      link,
      invitation: 'Join Zoom Meeting',
    });
    expect(s.meetings.attach).toHaveBeenCalledWith(calendarEvent, undefined, 7);
    await handlers['meeting.attach']!({ event: calendarEvent, provider: 'webex' }, calendarTab);
    expect(s.meetings.attach).toHaveBeenLastCalledWith(calendarEvent, 'webex', 7);
    await expect(handlers['meeting.providers']!({}, calendarTab)).resolves.toEqual({
      defaultProvider: 'zoom',
      connected: ['zoom'],
    });
    await handlers['meeting.linkFor']!({ event: calendarEvent }, calendarTab);
    expect(s.meetings.linkFor).toHaveBeenCalledWith(calendarEvent, 7, false);
    await handlers['meeting.linkFor']!({ event: calendarEvent, adopt: true }, calendarTab);
    expect(s.meetings.linkFor).toHaveBeenLastCalledWith(calendarEvent, 7, true);
    await handlers['meeting.sync']!({ event: calendarEvent }, calendarTab);
    expect(s.meetings.sync).toHaveBeenCalledWith(calendarEvent, 7);
    const ref = { site: 'google' as const, id: 'e1', location: link.joinUrl };
    await expect(handlers['meeting.remove']!({ event: ref }, calendarTab)).resolves.toEqual({
      removed: true,
    });
    expect(s.meetings.remove).toHaveBeenCalledWith(ref, 7);
  });

  it.each([
    ['another site', { ...calendarTab, url: 'https://outlook.office.com/calendar/item/e1' }],
    ['another event', { ...calendarTab, url: 'https://calendar.google.com/calendar/r/eventedit/e2' }],
    [
      'a look-alike origin',
      { ...calendarTab, url: 'https://calendar.google.com.evil.example/r/eventedit/e1' },
    ],
    ['an extension page', { ...sender, tab: { id: 7 } }],
    ['no tab', { id: 'x', url: calendarTab.url }],
  ])('refuses a meeting message from %s, and the service is never asked', async (_, from) => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    const ref = { site: 'google' as const, id: 'e1', location: '' };
    await expect(handlers['meeting.remove']!({ event: ref }, from)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      handlers['meeting.linkedTo']!({ event: { site: 'google', id: 'e1' } }, from),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handlers['meeting.sync']!({ event: calendarEvent }, from)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handlers['meeting.attach']!({ event: calendarEvent }, from)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handlers['meeting.linkFor']!({ event: calendarEvent }, from)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(s.meetings.remove).not.toHaveBeenCalled();
    expect(s.meetings.sync).not.toHaveBeenCalled();
    expect(s.meetings.attach).not.toHaveBeenCalled();
    expect(s.meetings.linkFor).not.toHaveBeenCalled();
  });

  it('refuses an event id the address does not show (attach, sync, look-up)', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    const grid = { ...calendarTab, url: 'https://calendar.google.com/calendar/r/week' };
    await expect(handlers['meeting.sync']!({ event: calendarEvent }, grid)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handlers['meeting.attach']!({ event: calendarEvent }, grid)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handlers['meeting.linkFor']!({ event: calendarEvent }, grid)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(s.meetings.sync).not.toHaveBeenCalled();
    expect(s.meetings.attach).not.toHaveBeenCalled();
    expect(s.meetings.linkFor).not.toHaveBeenCalled();
  });

  it('the grid popover: asks whether an event is linked and removes its meeting from an address with no id', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    const grid = { ...calendarTab, url: 'https://calendar.google.com/calendar/r/week' };
    const event = { site: 'google' as const, id: 'e9' };
    await expect(handlers['meeting.linkedTo']!({ event }, grid)).resolves.toEqual({ link });
    // Found by its id alone: no location, so no candidate to adopt.
    expect(s.meetings.linkFor).toHaveBeenCalledWith({ ...event, location: '' }, 7);
    const ref = { ...event, location: '' };
    await expect(handlers['meeting.remove']!({ event: ref }, grid)).resolves.toEqual({ removed: true });
    expect(s.meetings.remove).toHaveBeenCalledWith(ref, 7);
    // An address that shows another event, or another site, is still refused.
    for (const from of [
      calendarTab,
      { ...calendarTab, url: 'https://outlook.office.com/calendar/view/week' },
    ]) {
      await expect(handlers['meeting.linkedTo']!({ event }, from)).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(handlers['meeting.remove']!({ event: ref }, from)).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    expect(s.meetings.linkFor).toHaveBeenCalledOnce();
    expect(s.meetings.remove).toHaveBeenCalledOnce();
  });

  it('takes a new event (no id) from any address of its site, bound to the tab', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const { id: _, ...newEvent } = calendarEvent;
    const from = { ...calendarTab, url: 'https://calendar.google.com/calendar/r/week' };
    await createHandlers(s)['meeting.attach']!({ event: newEvent }, from);
    expect(s.meetings.attach).toHaveBeenCalledWith(newEvent, undefined, 7);
  });

  it('signs in from the page and answers only whether it is connected', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    vi.mocked(s.zoom.status)
      .mockResolvedValueOnce({ connected: false })
      .mockResolvedValueOnce({ connected: true, user: profile });
    await expect(createHandlers(s)['auth.signInFromPage']!({}, calendarTab)).resolves.toEqual({
      connected: true,
    });
    expect(s.zoom.signIn).toHaveBeenCalledOnce();
    expect(s.zoom.signOut).not.toHaveBeenCalled();
  });

  it('revokes the grant it holds before signing in again from a page', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    vi.mocked(s.zoom.status).mockResolvedValue({ connected: true, user: profile });
    await createHandlers(s)['auth.signInFromPage']!({}, calendarTab);
    expect(s.zoom.signOut).toHaveBeenCalledOnce();
    expect(vi.mocked(s.zoom.signOut).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(s.zoom.signIn).mock.invocationCallOrder[0]!,
    );
  });

  it('signs the calendar button in to the provider it names, else to the default one', async () => {
    let defaultProvider: 'zoom' | 'webex' = 'zoom';
    const signedIn: string[] = [];
    const handlers = createCalendarHandlers({
      ...services({ endpoints: zoom, locked: unlocked }),
      defaultProvider: async () => defaultProvider,
      signInFromPage: async (key) => {
        signedIn.push(key);
        return true;
      },
    });
    await expect(handlers['auth.signInFromPage']({}, calendarTab)).resolves.toEqual({ connected: true });
    defaultProvider = 'webex';
    await handlers['auth.signInFromPage']({}, calendarTab);
    await handlers['auth.signInFromPage']({ provider: 'zoom' }, calendarTab);
    expect(signedIn).toEqual(['zoom', 'webex', 'zoom']);
  });

  it('saves the meeting defaults and answers with what was stored', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    await expect(handlers['settings.getMeetingDefaults']!({}, sender)).resolves.toEqual(
      DEFAULT_MEETING_DEFAULTS,
    );
    const mine = { ...DEFAULT_MEETING_DEFAULTS, waitingRoom: false, alternativeHosts: ['b@example.com'] };
    await expect(handlers['settings.saveMeetingDefaults']!(mine, sender)).resolves.toEqual(mine);
    expect(s.meetingDefaults.save).toHaveBeenCalledWith(mine);
  });
});

describe('meeting messages through the router', () => {
  const contentScript = {
    id: 'x',
    url: 'https://calendar.google.com/calendar/u/0/r/eventedit/e1',
    tab: { id: 3 },
  };
  const route = (s: Services) =>
    createMessageRouter(createHandlers(s), {
      extensionId: 'x',
      extensionOrigin: 'chrome-extension://x/',
      describeError,
    });

  it('answers a signed-out content script with the code it shows the sign-in button for', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    vi.mocked(s.meetings.linkFor).mockRejectedValueOnce(
      new ApiError({ kind: 'signed-out', message: 'You are not signed in to Zoom.' }),
    );
    const reply = await route(s)(
      { type: 'meeting.linkFor', payload: { event: calendarEvent } },
      contentScript,
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'signed-out', message: 'You are not signed in to Zoom.' },
    });
  });

  it('lets content scripts attach, but not read or change the meeting defaults', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const attach = await route(s)(
      { type: 'meeting.attach', payload: { event: calendarEvent } },
      contentScript,
    );
    expect(attach).toMatchObject({ ok: true, data: { link } });
    for (const type of ['settings.getMeetingDefaults', 'settings.saveMeetingDefaults']) {
      const reply = await route(s)({ type, payload: DEFAULT_MEETING_DEFAULTS }, contentScript);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(s.meetingDefaults.save).not.toHaveBeenCalled();
  });

  it('refuses the profile (status.get) to a content script, and answers an extension page', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const refused = await route(s)({ type: 'status.get', payload: {} }, contentScript);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(s.zoom.status).not.toHaveBeenCalled();
    await expect(route(s)({ type: 'status.get', payload: {} }, sender)).resolves.toMatchObject({ ok: true });
  });

  it('refuses a remove that names a meeting id instead of an event', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const reply = await route(s)(
      { type: 'meeting.remove', payload: { meetingId: '81234567890' } },
      contentScript,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(s.meetings.remove).not.toHaveBeenCalled();
  });

  it('refuses malformed defaults from an extension page before they are saved', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const bad = { ...DEFAULT_MEETING_DEFAULTS, alternativeHosts: ['not-an-address'] };
    const reply = await route(s)({ type: 'settings.saveMeetingDefaults', payload: bad }, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const noPasscode = { ...DEFAULT_MEETING_DEFAULTS, passcode: 'fixed', fixedPasscode: '' };
    const second = await route(s)({ type: 'settings.saveMeetingDefaults', payload: noPasscode }, sender);
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(s.meetingDefaults.save).not.toHaveBeenCalled();
  });
});
