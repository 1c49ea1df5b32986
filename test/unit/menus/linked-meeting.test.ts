import { describe, expect, it } from 'vitest';
import { meetingQuery, recognizeMeetingLink } from '@/lib/menus/linked-meeting';
import { webexJoinLink } from '@/lib/providers/webex/join-link';

describe('meeting links', () => {
  it('tells a Zoom join link (with its id) from a Webex one (to look up)', () => {
    expect(recognizeMeetingLink('https://acme.zoom.us/j/81000000002?pwd=x')).toEqual({
      provider: 'zoom',
      id: '81000000002',
    });
    const webLink = 'https://acme.webex.com/acme/j.php?MTID=md41817da6a55b0925530cb88b3577b1e';
    expect(recognizeMeetingLink(webLink)).toEqual({ provider: 'webex', webLink });
    expect(recognizeMeetingLink('https://acme.webex.com/meet/wendy')).toMatchObject({ provider: 'webex' });
  });

  it('recognizes neither on other sites, Cisco’s own pages, plain http or garbage', () => {
    for (const link of [
      'https://example.org/j/81000000001',
      'https://www.webex.com/pricing',
      'https://webex.com/acme/j.php?MTID=m1',
      'https://acme.webex.com/',
      'https://acme.webex.com.evil.example/acme/j.php?MTID=m1',
      'https://evilwebex.com/acme/j.php?MTID=m1',
      'http://acme.webex.com/acme/j.php?MTID=m1',
      'http://127.0.0.1:8080/webex/j/26512345678',
      'not a url',
      undefined,
    ]) {
      expect(recognizeMeetingLink(link), String(link)).toBeNull();
      expect(webexJoinLink(link), String(link)).toBeNull();
    }
  });

  it('writes the query the invitation and registrants pages read', () => {
    expect(meetingQuery({ provider: 'zoom', id: '81000000002' })).toBe('meeting=81000000002');
    expect(meetingQuery({ provider: 'webex', id: '870f51ff287b41be84648412901e0402' })).toBe(
      'provider=webex&meeting=870f51ff287b41be84648412901e0402',
    );
  });
});
