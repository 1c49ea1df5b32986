import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateSettingsToV2 } from '@/lib/migrations/settings-2';
import { migrateSettingsToV3 } from '@/lib/migrations/settings-3';
import { DEFAULT_MEETING_DEFAULTS, defaultWebexEndpoints, defineSettingsItem } from '@/lib/storage';

const zoom = {
  preset: 'custom',
  oauthBase: 'http://127.0.0.1:4010',
  apiBase: 'http://127.0.0.1:4010/v2',
  clientId: 'sandbox-client',
};

const webexSandbox = {
  oauthBase: 'http://127.0.0.1:4010/webex/v1',
  apiBase: 'http://127.0.0.1:4010/webex/v1',
  clientId: 'sandbox-webex-client',
};

describe('settings v1 -> v2 (meeting defaults)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the server settings, adds the defaults and records version 2 in storage', async () => {
    // What version 1 of the extension left behind.
    await fakeBrowser.storage.local.set({ settings: { zoom }, settings$: { v: 1 } });
    const item = defineSettingsItem();
    const v3 = { webex: defaultWebexEndpoints(), defaultProvider: 'zoom' };
    await expect(item.get()).resolves.toEqual({ zoom, meetingDefaults: DEFAULT_MEETING_DEFAULTS, ...v3 });
    // Written back, not only filled in on read; v2 and v3 both ran.
    await expect(fakeBrowser.storage.local.get(['settings', 'settings$'])).resolves.toEqual({
      settings: { zoom, meetingDefaults: DEFAULT_MEETING_DEFAULTS, ...v3 },
      settings$: { v: 3 },
    });
  });

  it('leaves a version 3 value as it is', async () => {
    const mine = { ...DEFAULT_MEETING_DEFAULTS, passcode: 'none', waitingRoom: false };
    const value = { zoom, meetingDefaults: mine, webex: webexSandbox, defaultProvider: 'webex' };
    await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 3 } });
    await expect(defineSettingsItem().get()).resolves.toEqual(value);
  });

  it('passes anything that is not an object through, for the validated read to replace', () => {
    expect(migrateSettingsToV2(null)).toBeNull();
    expect(migrateSettingsToV2('junk')).toBe('junk');
    expect(migrateSettingsToV2({ zoom })).toEqual({ zoom, meetingDefaults: DEFAULT_MEETING_DEFAULTS });
  });
});

describe('settings v2 -> v3 (Webex server, default provider)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the Zoom server and meeting defaults, adds the Webex server and Zoom as the default', async () => {
    const mine = { ...DEFAULT_MEETING_DEFAULTS, passcode: 'none', waitingRoom: false };
    await fakeBrowser.storage.local.set({ settings: { zoom, meetingDefaults: mine }, settings$: { v: 2 } });
    const expected = { zoom, meetingDefaults: mine, webex: defaultWebexEndpoints(), defaultProvider: 'zoom' };
    await expect(defineSettingsItem().get()).resolves.toEqual(expected);
    await expect(fakeBrowser.storage.local.get(['settings', 'settings$'])).resolves.toEqual({
      settings: expected,
      settings$: { v: 3 },
    });
  });

  it('takes the Webex server it is given, and passes anything that is not an object through', () => {
    expect(migrateSettingsToV3({ zoom }, webexSandbox)).toEqual({
      zoom,
      webex: webexSandbox,
      defaultProvider: 'zoom',
    });
    expect(migrateSettingsToV3(null, webexSandbox)).toBeNull();
    expect(migrateSettingsToV3(['x'], webexSandbox)).toEqual(['x']);
  });

  it('a value written without the v3 fields (a harness, straight into storage) reads with their defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { zoom }, settings$: { v: 3 } });
    await expect(defineSettingsItem().get()).resolves.toEqual({
      zoom,
      meetingDefaults: DEFAULT_MEETING_DEFAULTS,
      webex: defaultWebexEndpoints(),
      defaultProvider: 'zoom',
    });
  });
});
