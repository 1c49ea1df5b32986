import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createLinkStore, eventKey } from '@/lib/meetings/link-store';
import { TAB_LINK_TTL_MS } from '@/lib/meetings/tab-links';
import type { EventLinkEntry } from '@/lib/meetings/link-items';

const entry = (meetingId: string, topic = 'Planning'): EventLinkEntry => ({
  link: {
    provider: 'zoom',
    meetingId,
    joinUrl: `https://zoom.us/j/${meetingId}`,
    topic,
    registration: false,
  },
  synced: {
    topic,
    start_time: '2026-05-12T10:00:00',
    timezone: 'Europe/Berlin',
    duration: 60,
    recurrence: null,
  },
  linkedAt: 1,
});

describe('the event links store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys events by site and id; a new event has no key', () => {
    expect(eventKey({ site: 'google', id: 'abc' })).toBe('google:abc');
    expect(eventKey({ site: 'outlook' })).toBeNull();
  });

  it('finds a saved link by event and by meeting, across a new store (a restarted worker)', async () => {
    await createLinkStore().save(entry('111'), 'google:e1');
    const store = createLinkStore();
    await expect(store.byEvent('google:e1')).resolves.toEqual(entry('111'));
    await expect(store.byMeeting('111')).resolves.toEqual(entry('111'));
    await expect(store.byEvent('outlook:e1')).resolves.toBeNull();
  });

  it('keeps a new event’s link under its meeting until the event’s id is linked', async () => {
    const store = createLinkStore();
    await store.save(entry('222'), null);
    await expect(store.byMeeting('222')).resolves.not.toBeNull();
    await expect(store.byEvent('google:late')).resolves.toBeNull();
    await store.linkEvent('google:late', '222');
    await expect(store.byEvent('google:late')).resolves.toEqual(entry('222'));
  });

  it('links no event to a meeting it does not hold', async () => {
    const store = createLinkStore();
    await store.linkEvent('google:x', '999');
    await expect(fakeBrowser.storage.local.get('eventLinks')).resolves.toEqual({
      eventLinks: { meetings: {}, events: {} },
    });
  });

  it('forgets a meeting and every event linked to it, and nothing else', async () => {
    const store = createLinkStore();
    await store.save(entry('111'), 'google:a');
    await store.linkEvent('outlook:b', '111');
    await store.save(entry('333'), 'google:c');
    await store.forget('111');
    await expect(store.byEvent('google:a')).resolves.toBeNull();
    await expect(store.byEvent('outlook:b')).resolves.toBeNull();
    await expect(store.byMeeting('111')).resolves.toBeNull();
    await expect(store.byEvent('google:c')).resolves.toEqual(entry('333'));
  });

  it('finds a meeting by its exact join link in a location, and nothing by a look-alike', async () => {
    const store = createLinkStore();
    const webLink = 'https://example.webex.com/example/j.php?MTID=m8c1f';
    const webex: EventLinkEntry = {
      ...entry('a1b2c3d4e5f60718293a4b5c6d7e8f90'),
      link: {
        ...entry('x').link,
        provider: 'webex',
        meetingId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        joinUrl: webLink,
      },
    };
    await store.save(entry('111'), 'google:z');
    await store.save(webex, null);
    await expect(store.byJoinLinkIn(webLink)).resolves.toEqual(webex);
    await expect(store.byJoinLinkIn(`Room 4, or online: ${webLink}.`)).resolves.toEqual(webex);
    await expect(store.byJoinLinkIn('https://zoom.us/j/111')).resolves.toEqual(entry('111'));
    await expect(store.byJoinLinkIn(`${webLink}0`)).resolves.toBeNull();
    await expect(store.byJoinLinkIn('https://evil.example/example/j.php?MTID=m8c1f')).resolves.toBeNull();
    await expect(store.byJoinLinkIn('Room 4')).resolves.toBeNull();
  });

  it('loses no write when changes overlap', async () => {
    const store = createLinkStore();
    await Promise.all(['1', '2', '3', '4', '5'].map((id) => store.save(entry(id), `google:${id}`)));
    for (const id of ['1', '2', '3', '4', '5'])
      await expect(store.byEvent(`google:${id}`)).resolves.not.toBeNull();
  });

  it('reads a stored value of the wrong shape as empty, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ eventLinks: { meetings: { abc: 'nope' }, events: {} } });
    await expect(createLinkStore().byMeeting('abc')).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('binds a new event’s meeting to its tab until the meeting gets an event, or is forgotten', async () => {
    let clock = 0;
    const store = createLinkStore(undefined, undefined, () => clock);
    await store.save(entry('111'), null);
    await store.bindToTab(7, '111');
    await expect(store.boundToTab(7, '111')).resolves.toBe(true);
    await expect(store.boundToTab(8, '111')).resolves.toBe(false);
    // Its event saved with an id: no new event finds it by its link any more.
    await store.linkEvent('google:e1', '111');
    await expect(store.boundToTab(7, '111')).resolves.toBe(false);
    await store.save(entry('222'), null);
    await store.bindToTab(7, '222');
    await store.forget('222');
    await expect(store.boundToTab(7, '222')).resolves.toBe(false);
    // A tab untouched for a day is forgotten.
    await store.save(entry('333'), null);
    await store.bindToTab(7, '333');
    clock += TAB_LINK_TTL_MS + 1;
    await expect(store.boundToTab(7, '333')).resolves.toBe(false);
  });
});
