import { describe, expect, it, vi } from 'vitest';
import type { ResolvedZoomEndpoints } from '@/lib/auth/endpoints';
import { createHandlers, type Services } from '@/lib/background/handlers';
import type { ZoomEndpoints } from '@/lib/storage';

const sender = { id: 'x', url: 'chrome-extension://x/options.html' };
const profile = {
  userId: 'u1',
  displayName: 'Ada',
  email: 'ada@example.org',
  accountType: 'licensed',
  accountId: 'a1',
} as const;

function services(resolved: ResolvedZoomEndpoints, overrides: Partial<Services> = {}): Services {
  let saved = resolved.endpoints;
  return {
    zoom: {
      signIn: vi.fn(async () => profile),
      signOut: vi.fn(async () => {}),
      status: vi.fn(async () => ({ connected: false as const })),
      refreshProfile: vi.fn(async () => profile),
    },
    redirectUrl: 'https://id.chromiumapp.org/',
    resolveZoomEndpoints: async () => ({ ...resolved, endpoints: saved }),
    saveZoomEndpoints: vi.fn(async (e: ZoomEndpoints) => {
      saved = e;
    }),
    ...overrides,
  };
}

const zoom: ZoomEndpoints = {
  preset: 'zoom',
  oauthBase: 'https://zoom.us',
  apiBase: 'https://api.zoom.us/v2',
  clientId: 'abc',
};
const unlocked = { preset: false, oauthBase: false, apiBase: false, clientId: false };

describe('background handlers', () => {
  it('saves the server settings and answers with the redirect URL to register', async () => {
    const handlers = createHandlers(services({ endpoints: zoom, locked: unlocked }));
    const custom = {
      preset: 'custom',
      oauthBase: 'http://127.0.0.1:4010',
      apiBase: 'http://127.0.0.1:4010/v2',
      clientId: ' sandbox-client ',
    } as const;
    const view = await handlers['settings.saveZoom']!(custom, sender);
    expect(view.endpoints).toEqual({ ...custom, clientId: 'sandbox-client' });
    expect(view.redirectUrl).toBe('https://id.chromiumapp.org/');
  });

  it('signs out (revoking at the old server) before moving to another server, and not otherwise', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    const handlers = createHandlers(s);
    await handlers['settings.saveZoom']!(zoom, sender);
    expect(s.zoom.signOut).not.toHaveBeenCalled();
    await handlers['settings.saveZoom']!({ ...zoom, clientId: 'another-app' }, sender);
    expect(s.zoom.signOut).toHaveBeenCalledOnce();
    expect(vi.mocked(s.zoom.signOut).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(s.saveZoomEndpoints).mock.invocationCallOrder.at(-1)!,
    );
  });

  it('keeps the values an administrator locked by policy, whatever the page sends', async () => {
    const locked = { preset: true, oauthBase: true, apiBase: true, clientId: true };
    const s = services({ endpoints: zoom, locked });
    const view = await createHandlers(s)['settings.saveZoom']!(
      {
        preset: 'custom',
        oauthBase: 'https://evil.example',
        apiBase: 'https://evil.example/v2',
        clientId: 'other',
      },
      sender,
    );
    expect(view.endpoints).toEqual(zoom);
    expect(s.saveZoomEndpoints).toHaveBeenCalledWith(zoom);
  });

  it('signs in and answers with the new status', async () => {
    const s = services({ endpoints: zoom, locked: unlocked });
    vi.mocked(s.zoom.status).mockResolvedValueOnce({ connected: true, user: profile });
    const status = await createHandlers(s)['auth.signIn']!({}, sender);
    expect(s.zoom.signIn).toHaveBeenCalledOnce();
    expect(status).toEqual({ zoom: { connected: true, user: profile } });
  });
});
