import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { migrateSettingsToV2 } from '@/lib/migrations/settings-2';
import { DEFAULT_MEETING_DEFAULTS, defineSettingsItem } from '@/lib/storage';

const zoom = {
  preset: 'custom',
  oauthBase: 'http://127.0.0.1:4010',
  apiBase: 'http://127.0.0.1:4010/v2',
  clientId: 'sandbox-client',
};

describe('settings v1 -> v2 (meeting defaults)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the server settings, adds the defaults and records version 2 in storage', async () => {
    // What version 1 of the extension left behind.
    await fakeBrowser.storage.local.set({ settings: { zoom }, settings$: { v: 1 } });
    const item = defineSettingsItem();
    await expect(item.get()).resolves.toEqual({ zoom, meetingDefaults: DEFAULT_MEETING_DEFAULTS });
    // Written back, not only filled in on read.
    await expect(fakeBrowser.storage.local.get(['settings', 'settings$'])).resolves.toEqual({
      settings: { zoom, meetingDefaults: DEFAULT_MEETING_DEFAULTS },
      settings$: { v: 2 },
    });
  });

  it('leaves a version 2 value as it is', async () => {
    const mine = { ...DEFAULT_MEETING_DEFAULTS, passcode: 'none', waitingRoom: false };
    await fakeBrowser.storage.local.set({ settings: { zoom, meetingDefaults: mine }, settings$: { v: 2 } });
    await expect(defineSettingsItem().get()).resolves.toEqual({ zoom, meetingDefaults: mine });
  });

  it('passes anything that is not an object through, for the validated read to replace', () => {
    expect(migrateSettingsToV2(null)).toBeNull();
    expect(migrateSettingsToV2('junk')).toBe('junk');
    expect(migrateSettingsToV2({ zoom })).toEqual({ zoom, meetingDefaults: DEFAULT_MEETING_DEFAULTS });
  });
});
