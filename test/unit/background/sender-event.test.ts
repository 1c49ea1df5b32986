import { describe, expect, it } from 'vitest';
import { eventOfSenderUrl, tabOfEvent, tabOfPeekedEvent } from '@/lib/background/sender-event';

const tab = (url: string, id = 7) => ({ id: 'x', url, tab: { id } });

describe('the event a sending tab shows', () => {
  it('reads the site from the origin and the id from where each site puts it', () => {
    expect(eventOfSenderUrl('https://calendar.google.com/calendar/u/1/r/eventedit/abc_D-9?pli=1')).toEqual({
      site: 'google',
      id: 'abc_D-9',
    });
    expect(eventOfSenderUrl('https://calendar.google.com/calendar/r/week')).toEqual({
      site: 'google',
      id: undefined,
    });
    expect(eventOfSenderUrl('https://outlook.office.com/calendar/item/AAMk%2BAB%3D')).toEqual({
      site: 'outlook',
      id: 'AAMk+AB=',
    });
    expect(eventOfSenderUrl('https://outlook.live.com/calendar/0/view/week')).toEqual({
      site: 'outlook',
      id: undefined,
    });
  });

  it('knows no other origin: look-alikes, http, other ports, no address', () => {
    for (const url of [
      'https://calendar.google.com.evil.example/r/eventedit/abc',
      'http://calendar.google.com/r/eventedit/abc',
      'https://calendar.google.com:8443/r/eventedit/abc',
      'https://evil.example/calendar.google.com/r/eventedit/abc',
      'chrome-extension://x/panel.html',
      'not a url',
      undefined,
    ]) {
      expect(eventOfSenderUrl(url), String(url)).toBeNull();
    }
  });

  it('binds a request to the tab only when site and id match the address', () => {
    const url = 'https://calendar.google.com/calendar/r/eventedit/e1';
    expect(tabOfEvent({ site: 'google', id: 'e1' }, tab(url))).toBe(7);
    expect(() => tabOfEvent({ site: 'outlook', id: 'e1' }, tab(url))).toThrow(/not a outlook event/);
    expect(() => tabOfEvent({ site: 'google', id: 'e2' }, tab(url))).toThrow(/does not show the event/);
    // An id the address does not carry: a page script naming another event.
    expect(() =>
      tabOfEvent({ site: 'google', id: 'e1' }, tab('https://calendar.google.com/calendar/r/week')),
    ).toThrow(/does not show the event/);
  });

  it('takes a new event (no id) from any page of its site', () => {
    expect(tabOfEvent({ site: 'google' }, tab('https://calendar.google.com/calendar/r/week'))).toBe(7);
    expect(tabOfEvent({ site: 'outlook' }, tab('https://outlook.office365.com/calendar/view/day'))).toBe(7);
  });

  it('refuses a sender with no tab or a tab-less id', () => {
    const url = 'https://calendar.google.com/calendar/r/eventedit/e1';
    expect(() => tabOfEvent({ site: 'google', id: 'e1' }, { id: 'x', url })).toThrow(/Only a calendar page/);
    expect(() => tabOfEvent({ site: 'google', id: 'e1' }, tab(url, -1))).toThrow(/Only a calendar page/);
  });

  it('reads the id from the tab’s current address: the calendars open events with pushState', () => {
    const loaded = 'https://calendar.google.com/calendar/r/week';
    const now = 'https://calendar.google.com/calendar/r/eventedit/e1';
    const sender = { id: 'x', url: loaded, frameId: 0, tab: { id: 7, url: now } };
    expect(tabOfEvent({ site: 'google', id: 'e1' }, sender)).toBe(7);
    // The page moved its address to another event while this one's editor was open: refused.
    const moved = { ...sender, tab: { id: 7, url: 'https://calendar.google.com/calendar/r/eventedit/e2' } };
    expect(() => tabOfEvent({ site: 'google', id: 'e1' }, moved)).toThrow(/does not show the event/);
    // A subframe's own address counts, not the tab's; a tab on another origin is not this page.
    expect(() => tabOfEvent({ site: 'google', id: 'e1' }, { ...sender, frameId: 3 })).toThrow();
    const elsewhere = { ...sender, tab: { id: 7, url: 'https://evil.example/calendar/r/eventedit/e1' } };
    expect(() => tabOfEvent({ site: 'google', id: 'e1' }, elsewhere)).toThrow();
  });

  it('the grid popover: an id is taken from an address that shows none, on the same site only', () => {
    const grid = 'https://calendar.google.com/calendar/r/week';
    expect(tabOfPeekedEvent({ site: 'google', id: 'e1' }, tab(grid))).toBe(7);
    expect(tabOfPeekedEvent({ site: 'google' }, tab(grid))).toBe(7);
    // The tab's current address counts (the page moved to the grid with pushState).
    const loadedInEditor = {
      id: 'x',
      url: 'https://calendar.google.com/calendar/r/eventedit/e2',
      frameId: 0,
      tab: { id: 7, url: grid },
    };
    expect(tabOfPeekedEvent({ site: 'google', id: 'e1' }, loadedInEditor)).toBe(7);
    expect(() => tabOfPeekedEvent({ site: 'outlook', id: 'e1' }, tab(grid))).toThrow(/not a outlook event/);
    expect(() =>
      tabOfPeekedEvent({ site: 'google', id: 'e1' }, tab('https://outlook.live.com/calendar/0/view/week')),
    ).toThrow(/not a google event/);
    // An address that shows another event's id is still refused; its own id still passes.
    const editing = 'https://calendar.google.com/calendar/r/eventedit/e2';
    expect(() => tabOfPeekedEvent({ site: 'google', id: 'e1' }, tab(editing))).toThrow(
      /does not show the event/,
    );
    expect(tabOfPeekedEvent({ site: 'google', id: 'e2' }, tab(editing))).toBe(7);
    expect(() => tabOfPeekedEvent({ site: 'google', id: 'e1' }, { id: 'x', url: grid })).toThrow(
      /Only a calendar page/,
    );
    expect(() => tabOfPeekedEvent({ site: 'google', id: 'e1' }, tab('https://evil.example/r/week'))).toThrow(
      /Only a calendar page/,
    );
  });
});
