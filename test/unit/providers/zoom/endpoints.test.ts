import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { originPattern, originPatterns, resolveZoomEndpoints } from '@/lib/providers/zoom/endpoints';
import { settingsItem } from '@/lib/storage';

const custom = {
  preset: 'custom' as const,
  oauthBase: 'http://127.0.0.1:8787',
  apiBase: 'http://127.0.0.1:8787/v2',
  clientId: 'sandbox-client',
};

describe('the effective Zoom endpoints', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the person’s settings when no policy is set, with nothing locked', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), zoom: custom });
    await expect(resolveZoomEndpoints()).resolves.toEqual({
      endpoints: custom,
      locked: { preset: false, oauthBase: false, apiBase: false, clientId: false },
    });
  });

  it('take each field set by policy and lock it', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), zoom: custom });
    await fakeBrowser.storage.managed.set({
      zoomOauthBase: 'https://zoomgov.com',
      zoomApiBase: 'https://api.zoomgov.com/v2',
    });
    await expect(resolveZoomEndpoints()).resolves.toEqual({
      endpoints: {
        preset: 'zoomgov',
        oauthBase: 'https://zoomgov.com',
        apiBase: 'https://api.zoomgov.com/v2',
        clientId: 'sandbox-client',
      },
      locked: { preset: true, oauthBase: true, apiBase: true, clientId: false },
    });
  });

  it('lock only the client id when that is all the policy sets', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), zoom: custom });
    await fakeBrowser.storage.managed.set({ zoomClientId: 'corp-client' });
    const resolved = await resolveZoomEndpoints();
    expect(resolved.endpoints).toEqual({ ...custom, clientId: 'corp-client' });
    expect(resolved.locked).toEqual({ preset: false, oauthBase: false, apiBase: false, clientId: true });
  });

  it('ignore a policy value that is not a URL', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await settingsItem.set({ ...(await settingsItem.get()), zoom: custom });
    await fakeBrowser.storage.managed.set({ zoomApiBase: 'not a url' });
    await expect(resolveZoomEndpoints()).resolves.toMatchObject({
      endpoints: custom,
      locked: { apiBase: false },
    });
  });

  it('treat unreadable managed storage (Firefox without a policy manifest) as no policy', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), zoom: custom });
    const read = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    await expect(resolveZoomEndpoints()).resolves.toMatchObject({ endpoints: custom });
    expect(read).toHaveBeenCalled();
  });
});

describe('host permission patterns', () => {
  it('drop the port and path, as match patterns want', () => {
    expect(originPattern('http://127.0.0.1:8787/v2')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://api.zoom.us/v2')).toBe('https://api.zoom.us/*');
  });

  it('cover both bases once each', () => {
    expect(originPatterns(custom)).toEqual(['http://127.0.0.1/*']);
    expect(originPatterns({ oauthBase: 'https://zoom.us', apiBase: 'https://api.zoom.us/v2' })).toEqual([
      'https://zoom.us/*',
      'https://api.zoom.us/*',
    ]);
  });
});
