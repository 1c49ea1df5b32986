import { describe, expect, it, vi } from 'vitest';
import {
  webexAccessTokenItem,
  webexGrantItem,
  webexProfileItem,
  webexSignedOutItem,
  zoomGrantItem,
  zoomProfileItem,
} from '@/lib/storage';
import { createWebexConnection } from '@/lib/providers/webex/connection';
import { sandboxApi } from '@/test/support/sandbox-api';
import { WEBEX_SEED } from '@/test/support/sandbox-seed';

const { ctx } = sandboxApi('webex');
const REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/';

/**
 * The connection as the background makes it, signing in through the sandbox's own pages: the fake
 * launchWebAuthFlow follows /authorize (auto-approve redirects at once) and hands back the redirect.
 */
function connect(options: { autoApprove?: boolean; decision?: 'allow' | 'deny' } = {}) {
  const sandbox = ctx.sandbox;
  sandbox.webex.setAutoApprove(options.autoApprove ?? true);
  const opened: URL[] = [];
  const launchWebAuthFlow = async (url: string) => {
    opened.push(new URL(url));
    const page = await fetch(url, { redirect: 'manual' });
    if (page.status === 302) return page.headers.get('location')!;
    const consentId = /name="consent_id" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const decided = await fetch(`${sandbox.webex.base}/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ consent_id: consentId, decision: options.decision ?? 'allow' }).toString(),
      redirect: 'manual',
    });
    return decided.headers.get('location')!;
  };
  const connection = createWebexConnection({
    redirectUrl: REDIRECT,
    launchWebAuthFlow,
    resolveEndpoints: async () => ({
      oauthBase: sandbox.webex.base,
      apiBase: sandbox.webex.base,
      clientId: WEBEX_SEED.client,
    }),
    now: () => sandbox.clock.now(),
    sleep: async (ms) => sandbox.clock.advance(ms),
  });
  return { connection, opened, sandbox };
}

describe('the Webex connection', () => {
  it('signs in with PKCE and the scopes, stores the profile under Webex keys only', async () => {
    const { connection, opened } = connect();
    await expect(connection.signIn()).resolves.toMatchObject({
      displayName: 'Wendy Host',
      email: 'host@webex-sandbox.example',
      timezone: 'Europe/Paris',
    });
    const authorize = opened[0]!;
    expect(authorize.pathname).toBe('/webex/v1/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toContain('meeting:participants_write');
    await expect(webexProfileItem.get()).resolves.toMatchObject({ email: 'host@webex-sandbox.example' });
    await expect(webexGrantItem.get()).resolves.toMatchObject({ clientId: WEBEX_SEED.client });
    await expect(zoomGrantItem.get()).resolves.toBeNull();
    await expect(zoomProfileItem.get()).resolves.toBeNull();
    await expect(connection.status()).resolves.toMatchObject({
      connected: true,
      user: { displayName: 'Wendy Host' },
    });
  });

  it('walks the consent page too, and a declined consent saves nothing', async () => {
    await expect(connect({ autoApprove: false }).connection.signIn()).resolves.toMatchObject({
      displayName: 'Wendy Host',
    });
    await connect().connection.signOut();
    const declined = connect({ autoApprove: false, decision: 'deny' }).connection;
    await expect(declined.signIn()).rejects.toMatchObject({
      kind: 'sign-in-failed',
      message: 'Access to Webex was declined; nothing was saved.',
    });
    await expect(webexGrantItem.get()).resolves.toBeNull();
  });

  it('refreshes an expired access token, and the used refresh token is dead (rotation)', async () => {
    const { connection, sandbox } = connect();
    sandbox.webex.setTokenLifetime(120);
    await connection.signIn();
    const before = await webexGrantItem.get();
    const firstAccess = (await webexAccessTokenItem.get())!.accessToken;
    sandbox.clock.advance(10 * 60_000);
    await expect(connection.api.meetings.get(WEBEX_SEED.training)).resolves.toMatchObject({
      id: WEBEX_SEED.training,
    });
    const after = await webexGrantItem.get();
    expect((await webexAccessTokenItem.get())!.accessToken).not.toBe(firstAccess);
    expect(after!.refreshToken).not.toBe(before!.refreshToken);
    const reuse = await fetch(`${sandbox.webex.base}/access_token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: before!.refreshToken,
        client_id: WEBEX_SEED.client,
      }),
    });
    expect(reuse.status).toBe(400);
  });

  it('a refused refresh signs out with a Webex sentence', async () => {
    const { connection, sandbox } = connect();
    await connection.signIn();
    sandbox.webex.revokeAllTokens();
    await expect(connection.api.currentUser()).rejects.toMatchObject({ kind: 'signed-out' });
    await expect(connection.status()).resolves.toEqual({
      connected: false,
      reason: 'Your Webex session ended; sign in again.',
    });
    await expect(webexSignedOutItem.get()).resolves.toMatchObject({
      reason: 'Your Webex session ended; sign in again.',
    });
  });

  it('signs out by forgetting (Webex has no revocation endpoint): no request is sent', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { connection, sandbox } = connect();
    await connection.signIn();
    sandbox.clearRequests();
    await connection.signOut();
    expect(sandbox.requests()).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    await expect(webexGrantItem.get()).resolves.toBeNull();
    await expect(webexProfileItem.get()).resolves.toBeNull();
    await expect(connection.status()).resolves.toEqual({ connected: false });
    await expect(connection.api.currentUser()).rejects.toMatchObject({
      kind: 'signed-out',
      message: 'You are not signed in to Webex. Sign in from the options page.',
    });
    warn.mockRestore();
  });
});
