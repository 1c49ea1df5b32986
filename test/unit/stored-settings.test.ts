import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMAIL, storedServers } from '@/lib/stored-settings';
import { INVALID } from '@/lib/shape';
import { defaultWebexEndpoints, defaultZoomEndpoints, SettingsSchema } from '@/lib/storage';

// The first answer's reading of the settings stands in for SettingsSchema: whenever it reads a value,
// the schema must accept it and give the same servers.

const url = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('https://zoom.us', 'https://api.zoom.us/v2', 'http://127.0.0.1:8787'),
  },
  fc.constantFrom(
    'http://localhost:8787/v2',
    'http://zoom.example.org',
    ' https://zoom.us',
    'https://zo\tom.us',
    'ftp://zoom.us',
    'zoom.us',
  ),
);
const address = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a@example.com', 'first.last@mail.example.org') },
  fc.constantFrom('a@example.com', 'first.last@mail.example.org', 'a@b', 'no-at', '.a@example.com'),
  fc.emailAddress(),
  fc.string({ maxLength: 8 }),
);
const settings = fc.record(
  {
    zoom: fc.record({
      preset: fc.constantFrom('zoom', 'zoomgov', 'custom', 'other'),
      oauthBase: url,
      apiBase: url,
      clientId: fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 4 }) }, fc.constant(3)),
    }),
    meetingDefaults: fc.record({
      passcode: fc.constantFrom('auto', 'none', 'fixed'),
      fixedPasscode: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('abc123', 'a b', '')),
      waitingRoom: fc.boolean(),
      joinBeforeHost: fc.boolean(),
      muteUponEntry: fc.oneof(fc.boolean(), fc.constant(0)),
      autoRecording: fc.constantFrom('none', 'local', 'cloud', 'tape'),
      alternativeHosts: fc.array(address, { maxLength: 2 }),
      registration: fc.constantFrom('none', 'automatic', 'manual'),
    }),
    webex: fc.record({ oauthBase: url, apiBase: url, clientId: fc.string({ maxLength: 4 }) }),
    defaultProvider: fc.constantFrom('zoom', 'webex', 'teams'),
  },
  { requiredKeys: ['zoom'] },
);

describe('the first answer’s reading of the settings', () => {
  it('reads only settings the schema accepts, and the same servers', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: settings }, fc.anything()), (value) => {
        const servers = storedServers(value, { v: 3 });
        // Absent settings are the item's fallback, checked below.
        if (servers === INVALID || value === undefined || value === null) return;
        read++;
        const parsed = SettingsSchema.parse(value);
        expect(servers).toEqual({ zoom: parsed.zoom, webex: parsed.webex });
      }),
      { numRuns: 2000 },
    );
    expect(read).toBeGreaterThan(20);
  });

  it('reads absent settings as the build’s defaults, and leaves other versions to the migrations', () => {
    expect(storedServers(undefined, undefined)).toEqual({
      zoom: defaultZoomEndpoints(),
      webex: defaultWebexEndpoints(),
    });
    const valid = { zoom: defaultZoomEndpoints() };
    expect(storedServers(valid, { v: 3 })).not.toBe(INVALID);
    for (const meta of [undefined, { v: 2 }, { v: 4 }, 'x']) expect(storedServers(valid, meta)).toBe(INVALID);
  });

  it('checks addresses with zod’s own pattern', () => {
    expect(EMAIL.source).toBe(z.regexes.email.source);
  });
});
