import { describe, expect, it } from 'vitest';
import { meetingIdFromText } from '@/lib/meetings/join-url';

describe('the meeting id in an event’s location', () => {
  it('reads Zoom’s join links, vanity subdomains and ZoomGov', () => {
    expect(meetingIdFromText('https://zoom.us/j/81234567890?pwd=abc')).toBe('81234567890');
    expect(meetingIdFromText('Room 4 / https://acme.zoom.us/j/81234567890.')).toBe('81234567890');
    expect(meetingIdFromText('https://us06web.zoom.us/j/81234567890#success')).toBe('81234567890');
    expect(meetingIdFromText('https://zoomgov.com/j/1601234567')).toBe('1601234567');
    expect(meetingIdFromText('https://agency.zoomgov.com/j/1601234567')).toBe('1601234567');
  });

  it('reads the configured server’s links (the sandbox), port included', () => {
    const text = 'http://127.0.0.1:4010/j/81000000001?pwd=x';
    expect(meetingIdFromText(text, 'http://127.0.0.1:4010/v2')).toBe('81000000001');
    expect(meetingIdFromText(text, 'http://127.0.0.1:5000/v2')).toBeNull();
    expect(meetingIdFromText(text)).toBeNull();
  });

  it('ignores look-alikes, other paths and plain http on Zoom’s hosts', () => {
    expect(meetingIdFromText('https://zoom.us.evil.example/j/81234567890')).toBeNull();
    expect(meetingIdFromText('https://notzoom.us/j/81234567890')).toBeNull();
    expect(meetingIdFromText('https://zoom.us/s/81234567890')).toBeNull();
    expect(meetingIdFromText('https://zoom.us/j/8123abc')).toBeNull();
    expect(meetingIdFromText('http://zoom.us/j/81234567890')).toBeNull();
    expect(meetingIdFromText('Meeting room 81234567890')).toBeNull();
    expect(meetingIdFromText('')).toBeNull();
  });

  it('takes the first Zoom link among others', () => {
    expect(
      meetingIdFromText('https://example.com/j/1 then https://zoom.us/j/222333444 and https://zoom.us/j/555'),
    ).toBe('222333444');
  });
});
