import { describe, expect, it, vi } from 'vitest';
import { describeError } from '@/lib/http/describe-error';
import { createMessageRouter } from '@/lib/background/router';
import { createWebexHandlers, type WebexServices, type WebexSettings } from '@/lib/providers/webex/handlers';
import { ApiError } from '@/lib/http/errors';
import { defaultWebexEndpoints } from '@/lib/storage';

const extensionPage = { id: 'x', url: 'chrome-extension://x/options.html' };
const contentScript = { id: 'x', url: 'https://calendar.google.com/calendar/u/0/r', tab: { id: 3 } };
const user = { userId: 'w1', displayName: 'Grace', email: 'grace@example.org', orgId: 'o1' };
const sandbox = {
  oauthBase: 'http://127.0.0.1:4010/webex/v1',
  apiBase: 'http://127.0.0.1:4010/webex/v1',
  clientId: 'sandbox-webex-client',
};

function services(initial: Partial<WebexSettings> = {}) {
  let settings: WebexSettings = { endpoints: defaultWebexEndpoints(), defaultProvider: 'zoom', ...initial };
  let connected = false;
  const s = {
    webex: {
      signIn: vi.fn(async () => {
        connected = true;
        return user;
      }),
      signOut: vi.fn(async () => {
        connected = false;
      }),
      status: vi.fn(async () =>
        connected ? { connected: true as const, user } : { connected: false as const },
      ),
      refreshProfile: vi.fn(async () => user),
    },
    redirectUrl: 'https://id.chromiumapp.org/',
    getSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (next: WebexSettings) => {
      settings = next;
    }),
  } satisfies WebexServices;
  return s;
}

const route = (s: WebexServices) =>
  createMessageRouter(createWebexHandlers(s), {
    extensionId: 'x',
    extensionOrigin: 'chrome-extension://x/',
    describeError,
  });

describe('Webex handlers', () => {
  it('signs in and out, answering with the status each time', async () => {
    const s = services();
    const send = route(s);
    await expect(send({ type: 'webex.status', payload: {} }, extensionPage)).resolves.toEqual({
      ok: true,
      data: { connected: false },
    });
    await expect(send({ type: 'webex.signIn', payload: {} }, extensionPage)).resolves.toEqual({
      ok: true,
      data: { connected: true, user },
    });
    await expect(send({ type: 'webex.signOut', payload: {} }, extensionPage)).resolves.toEqual({
      ok: true,
      data: { connected: false },
    });
    expect(s.webex.signIn).toHaveBeenCalledOnce();
    expect(s.webex.signOut).toHaveBeenCalledOnce();
  });

  it('asks Webex who this is on a refresh, and keeps the saved profile when that fails', async () => {
    const s = services();
    await s.webex.signIn();
    const handlers = createWebexHandlers(s);
    await expect(handlers['webex.status']!({ refresh: true }, extensionPage)).resolves.toEqual({
      connected: true,
      user,
    });
    expect(s.webex.refreshProfile).toHaveBeenCalledOnce();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    s.webex.refreshProfile.mockRejectedValueOnce(new ApiError({ kind: 'network', message: 'offline' }));
    await expect(handlers['webex.status']!({ refresh: true }, extensionPage)).resolves.toMatchObject({
      connected: true,
    });
    warn.mockRestore();
  });

  it('answers a failed sign-in with the sentence to show', async () => {
    const s = services();
    s.webex.signIn.mockRejectedValueOnce(
      new ApiError({
        kind: 'sign-in-failed',
        message: 'Enter the client id of your Webex integration first.',
      }),
    );
    const reply = await route(s)({ type: 'webex.signIn', payload: {} }, extensionPage);
    expect(reply).toMatchObject({
      ok: false,
      error: { message: 'Enter the client id of your Webex integration first.' },
    });
  });

  it('shows the server, the default provider and the redirect URI to register', async () => {
    const handlers = createWebexHandlers(services());
    await expect(handlers['settings.getWebex']!({}, extensionPage)).resolves.toEqual({
      endpoints: defaultWebexEndpoints(),
      defaultProvider: 'zoom',
      redirectUrl: 'https://id.chromiumapp.org/',
    });
  });

  it('saves a new server (client id trimmed), signing out of the old one first', async () => {
    const s = services();
    await s.webex.signIn();
    s.webex.signOut.mockClear();
    const handlers = createWebexHandlers(s);
    const view = await handlers['settings.saveWebex']!(
      { endpoints: { ...sandbox, clientId: ' sandbox-webex-client ' } },
      extensionPage,
    );
    expect(view).toEqual({
      endpoints: sandbox,
      defaultProvider: 'zoom',
      redirectUrl: 'https://id.chromiumapp.org/',
    });
    expect(s.webex.signOut).toHaveBeenCalledOnce();
    expect(s.webex.signOut.mock.invocationCallOrder[0]).toBeLessThan(
      s.saveSettings.mock.invocationCallOrder[0]!,
    );
  });

  it('saves the default provider alone without touching the server or the session', async () => {
    const s = services({ endpoints: sandbox });
    const view = await createWebexHandlers(s)['settings.saveWebex']!(
      { defaultProvider: 'webex' },
      extensionPage,
    );
    expect(view).toMatchObject({ endpoints: sandbox, defaultProvider: 'webex' });
    expect(s.webex.signOut).not.toHaveBeenCalled();
  });

  it('refuses a malformed server and changes nothing', async () => {
    const s = services();
    const reply = await route(s)(
      { type: 'settings.saveWebex', payload: { endpoints: { ...sandbox, apiBase: 'not a url' } } },
      extensionPage,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(s.saveSettings).not.toHaveBeenCalled();
  });

  it('does not answer a calendar page: sign-in and the server settings are for extension pages', async () => {
    const s = services();
    const send = route(s);
    for (const type of [
      'webex.status',
      'webex.signIn',
      'webex.signOut',
      'settings.getWebex',
      'settings.saveWebex',
    ]) {
      const reply = await send({ type, payload: {} }, contentScript);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(s.webex.signIn).not.toHaveBeenCalled();
    expect(s.saveSettings).not.toHaveBeenCalled();
  });
});
