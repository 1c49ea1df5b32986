import { describe, expect, it } from 'vitest';
import { MEETING_LINK_PATTERNS, meetingQuery, providerOfLink } from '@/lib/menus/linked-meeting';
import { matchesPattern } from '@/lib/menus/match-pattern';
import { webexJoinLink } from '@/lib/providers/webex/join-link';

describe('meeting links', () => {
  it('offers the link menus on every brand’s join-link patterns', () => {
    expect(MEETING_LINK_PATTERNS).toEqual([
      'https://*.zoom.us/j/*',
      'https://*.zoomgov.com/j/*',
      'https://*.webex.com/*',
    ]);
  });

  it('gives a link to the provider whose patterns it matches', () => {
    expect(providerOfLink('https://acme.zoom.us/j/81000000002?pwd=x')).toBe('zoom');
    expect(providerOfLink('https://zoomgov.com/j/1610000001')).toBe('zoom');
    const webLink = 'https://acme.webex.com/acme/j.php?MTID=md41817da6a55b0925530cb88b3577b1e';
    expect(providerOfLink(webLink)).toBe('webex');
    expect(providerOfLink('https://acme.webex.com/meet/wendy')).toBe('webex');
  });

  it('gives no provider to links on other sites, look-alike hosts, plain http or garbage', () => {
    for (const link of [
      'https://example.org/j/81000000001',
      'https://zoom.us/s/81000000001',
      'https://acme.webex.com.evil.example/acme/j.php?MTID=m1',
      'https://evilwebex.com/acme/j.php?MTID=m1',
      'https://evilzoom.us/j/81000000001',
      'http://acme.webex.com/acme/j.php?MTID=m1',
      'http://127.0.0.1:8080/webex/j/26512345678',
      'not a url',
      undefined,
    ]) {
      expect(providerOfLink(link), String(link)).toBeNull();
    }
  });

  it('leaves Cisco’s own pages and a site’s front page to Webex to refuse', () => {
    for (const link of [
      'https://www.webex.com/pricing',
      'https://webex.com/acme/j.php?MTID=m1',
      'https://acme.webex.com/',
    ]) {
      expect(providerOfLink(link), link).toBe('webex');
      expect(webexJoinLink(link), link).toBeNull();
    }
  });

  it('writes the query the invitation and registrants pages read, naming the provider', () => {
    expect(meetingQuery({ provider: 'zoom', id: '81000000002' })).toBe('provider=zoom&meeting=81000000002');
    expect(meetingQuery({ provider: 'webex', id: '870f51ff287b41be84648412901e0402' })).toBe(
      'provider=webex&meeting=870f51ff287b41be84648412901e0402',
    );
  });
});

describe('match patterns', () => {
  const matches = (link: string, pattern: string) => matchesPattern(new URL(link), pattern);

  it('matches the scheme, the host with its subdomains, and the path with its query', () => {
    expect(matches('https://zoom.us/j/1?pwd=x', 'https://*.zoom.us/j/*')).toBe(true);
    expect(matches('https://a.b.zoom.us/j/1', 'https://*.zoom.us/j/*')).toBe(true);
    expect(matches('https://ZOOM.us/j/1', 'https://*.zoom.us/j/*')).toBe(true);
    expect(matches('http://meet.example/x', '*://meet.example/*')).toBe(true);
    expect(matches('https://meet.example/a/b?c', 'https://*/a/*')).toBe(true);
  });

  it('refuses another scheme, host or path, and malformed patterns', () => {
    expect(matches('http://zoom.us/j/1', 'https://*.zoom.us/j/*')).toBe(false);
    expect(matches('https://zoom.us.evil.example/j/1', 'https://*.zoom.us/j/*')).toBe(false);
    expect(matches('https://notzoom.us/j/1', 'https://*.zoom.us/j/*')).toBe(false);
    expect(matches('https://zoom.us/s/1', 'https://*.zoom.us/j/*')).toBe(false);
    expect(matches('https://sub.meet.example/x', 'https://meet.example/*')).toBe(false);
    expect(matches('ftp://meet.example/x', '*://meet.example/*')).toBe(false);
    for (const pattern of ['meet.example/*', 'https://meet.example', 'https://*meet.example/*', '']) {
      expect(matches('https://meet.example/x', pattern), pattern).toBe(false);
    }
  });
});
