import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageEvent } from '@/lib/protocol/calendar-event';
import { createMeetingDispatch, type MeetingDispatchOptions } from '@/lib/meetings/dispatch';
import { createLinkStore } from '@/lib/meetings/link-store';
import type { Provider } from '@/lib/protocol/meetings';
import type { EventLinkEntry } from '@/lib/meetings/link-items';

// The 'meeting.*' messages for either provider: which service a request goes to, the providers
// the calendar button offers, and the repeat rule read before any provider sees the event.

const zoomLink = {
  provider: 'zoom' as const,
  meetingId: '81234567890',
  joinUrl: 'https://zoom.us/j/81234567890',
  topic: 'Z',
  registration: false,
};
const webexLink = {
  provider: 'webex' as const,
  meetingId: 'b'.repeat(32),
  joinUrl: 'https://example.webex.com/example/j.php?MTID=mb0b0',
  topic: 'W',
  registration: false,
};
const entry = (link: typeof zoomLink | typeof webexLink): EventLinkEntry => ({
  link,
  synced: { title: link.topic, start: '', end: '', timezone: 'UTC' },
  linkedAt: 0,
});

const page = (patch: Partial<PageEvent> = {}): PageEvent => ({
  site: 'google',
  id: 'evt-d',
  title: 'Partner training',
  start: '2027-05-12T10:00:00',
  end: '2027-05-12T11:30:00',
  timeZone: 'Europe/Berlin',
  allDay: false,
  guests: [],
  description: '',
  location: '',
  ...patch,
});

const fake = (link: typeof zoomLink | typeof webexLink) => ({
  attach: vi.fn(async () => ({ link, invitation: '' })),
  linkFor: vi.fn(async () => ({ link })),
  sync: vi.fn(async () => ({ link, updated: false, invitation: null })),
  remove: vi.fn(async () => ({ removed: true as const })),
});

function setup(options: { defaultProvider?: Provider; signedIn?: Provider[] } = {}) {
  const zoom = fake(zoomLink);
  const webex = fake(webexLink);
  const links = createLinkStore();
  const signedIn = options.signedIn ?? ['zoom', 'webex'];
  const dispatchOptions: MeetingDispatchOptions = {
    providers: [
      { key: 'zoom', isSignedIn: async () => signedIn.includes('zoom'), meetings: async () => zoom },
      { key: 'webex', isSignedIn: async () => signedIn.includes('webex'), meetings: async () => webex },
    ],
    links,
    defaultProvider: async () => options.defaultProvider ?? 'zoom',
  };
  return { zoom, webex, links, dispatch: createMeetingDispatch(dispatchOptions) };
}

describe('meeting messages for either provider', () => {
  beforeEach(() => fakeBrowser.reset());

  it('attaches with the default provider when the button names none', async () => {
    const { zoom, webex, dispatch } = setup({ defaultProvider: 'webex' });
    await dispatch.attach(page(), undefined, 7);
    expect(webex.attach).toHaveBeenCalledOnce();
    expect(zoom.attach).not.toHaveBeenCalled();
  });

  it('attaches with the provider the person clicked, whatever the default', async () => {
    const { zoom, webex, dispatch } = setup({ defaultProvider: 'zoom' });
    await dispatch.attach(page(), 'webex', 7);
    expect(webex.attach).toHaveBeenCalledOnce();
    expect(zoom.attach).not.toHaveBeenCalled();
    const other = setup({ defaultProvider: 'webex' });
    await other.dispatch.attach(page(), 'zoom', 7);
    expect(other.zoom.attach).toHaveBeenCalledOnce();
    expect(other.webex.attach).not.toHaveBeenCalled();
  });

  it('keeps a linked event with its own provider (by id or by its link), never a second meeting', async () => {
    const { zoom, webex, links, dispatch } = setup({ defaultProvider: 'webex' });
    await links.save(entry(zoomLink), 'google:evt-d');
    await dispatch.attach(page(), 'webex', 7);
    expect(zoom.attach).toHaveBeenCalledOnce();
    expect(webex.attach).not.toHaveBeenCalled();
    await dispatch.sync(page(), 7);
    expect(zoom.sync).toHaveBeenCalledOnce();

    // A Webex meeting attached from a new event: found by its link in the location.
    const moved = page({ id: 'evt-other', location: webexLink.joinUrl });
    const other = setup({ defaultProvider: 'zoom' });
    await other.links.save(entry(webexLink), null);
    await other.dispatch.linkFor(moved, 7);
    expect(other.webex.linkFor).toHaveBeenCalledWith(moved, 7, false);
    expect(other.zoom.linkFor).not.toHaveBeenCalled();
  });

  it('removes through the provider of the event’s meeting; an unlinked event goes to the default to refuse', async () => {
    const { zoom, webex, links, dispatch } = setup();
    await links.save(entry(webexLink), 'google:evt-w');
    const linked = { site: 'google' as const, id: 'evt-w', location: '' };
    await dispatch.remove(linked, 7);
    expect(webex.remove).toHaveBeenCalledWith(linked, 7);
    const unlinked = { site: 'google' as const, id: 'evt-x', location: '' };
    await dispatch.remove(unlinked, 7);
    expect(zoom.remove).toHaveBeenCalledWith(unlinked, 7);
  });

  it('reads the page’s repeat rule before a provider sees the event', async () => {
    const { webex, dispatch } = setup();
    await dispatch.attach(page({ recurrence: { rule: 'RRULE:FREQ=WEEKLY;COUNT=4' } }), 'webex', 7);
    expect(webex.attach).toHaveBeenCalledWith(
      expect.objectContaining({
        recurrence: {
          frequency: 'weekly',
          interval: 1,
          // 12 May 2027 is a Wednesday.
          byWeekDays: ['WE'],
          end: { type: 'count', count: 4 },
          rule: 'RRULE:FREQ=WEEKLY;COUNT=4',
        },
      }),
      7,
    );
  });

  it('refuses an unreadable rule with its sentence, and no provider is asked', async () => {
    const { zoom, webex, links, dispatch } = setup();
    const garbled = page({ recurrence: { rule: 'RRULE:FREQ=SECONDLY' } });
    const sentence = `Could not read the event's recurrence: unknown frequency in "RRULE:FREQ=SECONDLY".`;
    await expect(dispatch.attach(garbled, 'zoom', 7)).rejects.toMatchObject({
      kind: 'invalid-request',
      message: sentence,
    });
    await links.save(entry(zoomLink), 'google:evt-d');
    await expect(dispatch.sync(garbled, 7)).rejects.toThrow(sentence);
    expect(zoom.attach).not.toHaveBeenCalled();
    expect(zoom.sync).not.toHaveBeenCalled();
    expect(webex.attach).not.toHaveBeenCalled();
    // Finding the link needs no rule: a linked event still shows its meeting.
    await expect(dispatch.linkFor(garbled, 7)).resolves.toEqual({ link: zoomLink });
  });

  it('names the default provider and the connected accounts', async () => {
    await expect(setup({ defaultProvider: 'zoom', signedIn: [] }).dispatch.providers()).resolves.toEqual({
      defaultProvider: 'zoom',
      connected: [],
    });
    await expect(
      setup({ defaultProvider: 'webex', signedIn: ['zoom', 'webex'] }).dispatch.providers(),
    ).resolves.toEqual({ defaultProvider: 'webex', connected: ['zoom', 'webex'] });
    await expect(
      setup({ defaultProvider: 'zoom', signedIn: ['webex'] }).dispatch.providers(),
    ).resolves.toEqual({ defaultProvider: 'zoom', connected: ['webex'] });
  });

  it('leaves out an account whose state cannot be read', async () => {
    const broken = createMeetingDispatch({
      providers: [
        { key: 'zoom', isSignedIn: async () => true, meetings: async () => fake(zoomLink) },
        {
          key: 'webex',
          isSignedIn: () => Promise.reject(new Error('storage')),
          meetings: async () => fake(webexLink),
        },
      ],
      links: createLinkStore(),
      defaultProvider: async () => 'zoom',
    });
    await expect(broken.providers()).resolves.toEqual({ defaultProvider: 'zoom', connected: ['zoom'] });
  });
});
