import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { event as eventWith } from '@/test/support/calendar-events';
import { THIRD_BRAND } from '@/test/support/third-provider-brand';
import { readPageParams } from '@/components/registration/page-params';
import type { EventMeetings } from '@/lib/meetings/event-meetings';
import type { MeetingLink } from '@/lib/protocol/meetings';
import type { MeetingProvider, ProviderAccount } from '@/lib/providers/provider';
import type { RegistrationProvider } from '@/lib/registration/registration-provider';
import { englishMessages } from '@/test/support/english-messages';

// A third provider, registered the way a real one is: its brand in the brand list (here by
// replacing the list's module) and its provider in the list createServices connects. Nothing else
// names it; if the background, the registration engine, the popup's answers or the context menus
// branched on "zoom" or "webex", a message or a link of it would be refused or go to the wrong provider.
vi.mock('@/lib/brands/brands', async (importOriginal) => {
  const { brandsWithThird } = await import('@/test/support/third-provider-brand');
  return brandsWithThird(await importOriginal());
});

const THIRD = 'third' as never as 'zoom';
const EXTENSION = 'test-extension-id';
/** The content script of tab 7, which shows the event e1 in Google Calendar's full editor. */
const calendarTab = {
  id: EXTENSION,
  url: 'https://calendar.google.com/calendar/r/eventedit/e1',
  tab: { id: 7 },
};
const event = eventWith({ id: 'e1', start: '2027-05-12T10:00:00', end: '2027-05-12T11:00:00' });

/** The third provider: an in-memory service behind the same interface Zoom and Webex implement. */
function thirdProvider() {
  const calls: string[] = [];
  const batches: string[][] = [];
  const registered = new Map<string, string>();
  /** Whether someone is signed in to Third; its join links are looked up with the account. */
  const session = { signedIn: true };
  const link: MeetingLink = {
    provider: THIRD,
    meetingId: 'T42',
    joinUrl: 'https://meet.third.example/T42',
    topic: 'Planning',
    registration: true,
  };
  const registration: RegistrationProvider = {
    name: THIRD,
    batchLimit: 7,
    capacity: 100,
    getMeeting: async (id) => ({
      kind: 'meeting',
      id,
      topic: 'Planning',
      type: 1,
      registration: 'automatic',
      batch: true,
      occurrences: [],
    }),
    getWebinar: async () => Promise.reject(new Error('Third has no webinars.')),
    listRegistrants: async () =>
      [...registered].map(([email, id]) => ({ id, email, status: 'approved' as const })),
    batchRegister: async (_event, people) => {
      batches.push(people.map((p) => p.email));
      return people.map((p) => {
        const id = `r${registered.size + 1}`;
        registered.set(p.email, id);
        return { email: p.email, registrantId: id, joinUrl: `https://meet.third.example/T42?r=${id}` };
      });
    },
    addRegistrant: async () => Promise.reject(new Error('Third registers in batches only.')),
    classify: (error) => ({ kind: 'chunk', reason: String(error) }),
  };
  const provider: MeetingProvider = {
    brand: THIRD_BRAND,
    connect(): ProviderAccount {
      return {
        key: THIRD,
        isSignedIn: async () => true,
        signInFromPage: async () => {
          calls.push('signInFromPage');
          return true;
        },
        handlers: {},
        async eventMeetings({ links }): Promise<EventMeetings> {
          return {
            async attach(attached) {
              calls.push(`attach ${attached.title}`);
              await links.save({ link, synced: { title: attached.title }, linkedAt: 1 }, 'google:e1');
              return { link, invitation: 'Join the Third meeting: https://meet.third.example/T42' };
            },
            linkFor: async () => ({ link: (await links.byEvent('google:e1'))?.link ?? null }),
            sync: async () => ({ link, updated: false, invitation: null }),
            async remove() {
              calls.push('remove');
              await links.forget(link.meetingId);
              return { removed: true };
            },
          };
        },
        registration: async () => ({
          provider: registration,
          targets: async () => [
            { provider: THIRD, kind: 'meeting', id: 'T42', topic: 'Planning', registration: 'automatic' },
          ],
          registrants: async () => [],
          updateStatus: async () => 0,
        }),
        // Third's join links carry no id it can trust: the account looks them up, as Webex does.
        async findMeetingOfLink(link) {
          calls.push(`findMeetingOfLink ${link}`);
          if (!session.signedIn) return { found: false, reason: 'signed-out' };
          const id = /^https:\/\/meet\.third\.example\/(\w+)$/.exec(link)?.[1];
          if (!id) return { found: false, reason: 'not-a-meeting-link' };
          return id === 'T42' ? { found: true, meetingId: id } : { found: false, reason: 'not-found' };
        },
        popup: async () => ({
          provider: THIRD,
          userId: async () => 'third-user',
          cache: { get: async () => null, set: async () => {} } as never,
          upcoming: async () => [
            {
              provider: THIRD,
              id: 'T42',
              kind: 'meeting',
              topic: 'Planning',
              startTime: '2027-05-12T08:00:00.000Z',
              joinUrl: 'https://meet.third.example/T42',
            },
          ],
          invitation: async (id) => `Join the Third meeting ${id}`,
          registrantCounts: async () => ({ enabled: true, approved: registered.size, pending: 0 }),
        }),
      };
    },
  };
  return { provider, calls, batches, registered, session };
}

async function setup() {
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue('https://id.example/');
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(EXTENSION);
  const [{ createServices }, { PROVIDERS }] = await Promise.all([
    import('@/lib/background/services'),
    import('@/lib/providers/registry'),
  ]);
  const third = thirdProvider();
  const services = createServices([...PROVIDERS, third.provider]);
  const page = { id: EXTENSION, url: fakeBrowser.runtime.getURL('/registrants.html') };
  const send = async (type: string, payload: unknown, sender: object = page) => {
    const reply = (await services.route({ type, payload }, sender)) as {
      ok: boolean;
      data?: unknown;
      error?: { message: string };
    };
    if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
    return reply.data as Record<string, unknown>;
  };
  return { ...third, send, services };
}

describe('a third provider, plugged in by the registry alone', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the calendar button offers it, attaches its meeting, finds it again and removes it', async () => {
    const { send, calls } = await setup();
    // Zoom and Webex are not signed in here: the button offers the third provider alone.
    expect(await send('meeting.providers', {}, calendarTab)).toEqual({
      defaultProvider: 'zoom',
      connected: ['third'],
    });
    const attached = await send('meeting.attach', { event, provider: 'third' }, calendarTab);
    expect(attached).toMatchObject({ link: { provider: 'third', meetingId: 'T42' } });
    // Asked again naming no provider (Zoom is the default): the event stays with its meeting's provider.
    expect(await send('meeting.linkFor', { event }, calendarTab)).toMatchObject({
      link: { provider: 'third', meetingId: 'T42' },
    });
    await send('meeting.remove', { event: { site: 'google', id: 'e1', location: '' } }, calendarTab);
    expect(calls).toEqual(['attach Planning', 'remove']);
    await send('auth.signInFromPage', { provider: 'third' }, calendarTab);
    expect(calls.at(-1)).toBe('signInFromPage');
  });

  it('registration offers its meeting and registers 20 people in batches of its own limit', async () => {
    const { send, batches, registered } = await setup();
    expect((await send('registration.targets', {})).items).toEqual([
      expect.objectContaining({ provider: 'third', id: 'T42' }),
    ]);
    const target = { provider: 'third', kind: 'meeting', id: 'T42' };
    const people = Array.from({ length: 20 }, (_, i) => `Guest ${i} <guest${i}@example.org>`).join('\n');
    const input = { kind: 'text', text: people };
    const preview = await send('registration.prepare', { target, input });
    expect(preview).toMatchObject({ counts: { toRegister: 20, calls: 3, capacity: 100 } });
    const { jobId } = await send('registration.start', { target, input });
    await vi.waitFor(async () => {
      const { job } = await send('registration.results', { jobId });
      expect((job as { state: string }).state).toBe('done');
    });
    expect(batches.map((b) => b.length)).toEqual([7, 7, 6]);
    expect(registered.size).toBe(20);
  });

  it('the popup lists its meeting beside the others and gives its invitation', async () => {
    const { send } = await setup();
    const upcoming = await send('upcoming.list', {});
    expect(upcoming.items).toEqual([expect.objectContaining({ provider: 'third', id: 'T42' })]);
    expect(await send('meeting.invitation', { provider: 'third', id: 'T42' })).toEqual({
      invitation: 'Join the Third meeting T42',
    });
  });
});

describe('the context menus on a third provider’s join link', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    englishMessages();
  });

  async function menus() {
    const [{ createBrowserMenuPlatform }, registry] = await Promise.all([
      import('@/lib/menus/browser-platform'),
      import('@/lib/menus/registry'),
    ]);
    const { services, session, calls } = await setup();
    const platform = createBrowserMenuPlatform({ findMeetingOfLink: services.findMeetingOfLink });
    const windows = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const notes = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('' as never);
    const click = (menuItemId: string, linkUrl: string) =>
      registry.runMenuAction({ menuItemId, linkUrl }, platform);
    const opened = () => [...windows.mock.calls, ...tabs.mock.calls].map(([p]) => String(p?.url));
    const notified = () => notes.mock.calls.map(([options]) => options.message);
    return { registry, services, session, calls, click, opened, notified };
  }

  it('offers the link items on the join links its brand declares', async () => {
    const { registry } = await menus();
    const created: { id: string; targetUrlPatterns?: string[] }[] = [];
    await registry.registerMenus(
      { removeAll: async () => {}, create: (item) => created.push(item) },
      { t: (key) => key, pageExists: async () => true },
    );
    for (const id of ['copy-invitation', 'manage-registrants']) {
      expect(created.find((item) => item.id === id)?.targetUrlPatterns, id).toContain(
        'https://meet.third.example/*',
      );
    }
  });

  it('"Copy invitation" and "Manage registrants" ask Third and open its meeting’s pages', async () => {
    const { click, opened, calls, notified } = await menus();
    await click('copy-invitation', 'https://meet.third.example/T42');
    await click('manage-registrants', 'https://meet.third.example/T42');
    expect(calls).toEqual([
      'findMeetingOfLink https://meet.third.example/T42',
      'findMeetingOfLink https://meet.third.example/T42',
    ]);
    const [invitation, registrants] = opened();
    expect(invitation).toBe(fakeBrowser.runtime.getURL('/invitation.html?provider=third&meeting=T42'));
    expect(registrants).toBe(fakeBrowser.runtime.getURL('/registrants.html?provider=third&meeting=T42'));
    // The registrants page reads the meeting of Third from that address.
    expect(readPageParams(new URL(registrants!))).toEqual({
      target: { provider: 'third', kind: 'meeting', id: 'T42' },
    });
    expect(notified()).toEqual([]);
  });

  it('says in Third’s name when its account is signed out or has no such meeting', async () => {
    const { click, opened, notified, session } = await menus();
    await click('copy-invitation', 'https://meet.third.example/T99');
    await click('copy-invitation', 'https://meet.third.example/a/b');
    session.signedIn = false;
    await click('manage-registrants', 'https://meet.third.example/T42');
    await click('copy-invitation', 'https://elsewhere.example/T42');
    expect(notified()).toEqual([
      'This link is not the join link of a meeting of the Third account you are signed in with.',
      'This is not a Third meeting link.',
      'You are not signed in to Third. Sign in from the settings, then try this link again.',
      'This is not a Zoom, Webex, or Third meeting link.',
    ]);
    expect(opened()).toEqual([]);
  });

  it('still gives Zoom and Webex links to their own accounts', async () => {
    const { services, calls } = await menus();
    await expect(services.findMeetingOfLink('zoom', 'https://zoom.us/j/81000000003')).resolves.toEqual({
      found: true,
      meetingId: '81000000003',
    });
    await expect(services.findMeetingOfLink('zoom', 'https://zoom.us/j/abc')).resolves.toEqual({
      found: false,
      reason: 'not-a-meeting-link',
    });
    // Nobody is signed in to Webex here: a link on a site cannot be looked up; Cisco's own page is no link.
    const webLink = 'https://acme.webex.com/acme/j.php?MTID=md41817da6a55b0925530cb88b3577b1e';
    await expect(services.findMeetingOfLink('webex', webLink)).resolves.toEqual({
      found: false,
      reason: 'signed-out',
    });
    await expect(services.findMeetingOfLink('webex', 'https://www.webex.com/pricing')).resolves.toEqual({
      found: false,
      reason: 'not-a-meeting-link',
    });
    expect(calls).toEqual([]);
  });
});
