import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createAuthSession } from '@/lib/auth/session';
import { ApiError } from '@/lib/http/errors';
import { zoomSession } from '@/lib/providers/zoom/connection';
import { ZOOM_MESSAGES } from '@/lib/providers/zoom/http-dialect';
import { zoomGrantItem, zoomProfileItem, zoomSignedOutItem } from '@/lib/storage';
import { fakeTokenSession, ENDPOINTS, everything, REDIRECT } from '@/test/support/auth-session';
import { json } from '@/test/support/fake-fetch';

const profile = {
  userId: 'u1',
  displayName: 'Jill',
  email: 'j@x.test',
  accountType: 'licensed',
  accountId: 'acc',
} as const;

describe('the auth session', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('keeps the access token in session storage and only the refresh token in local storage', async () => {
    const { session } = fakeTokenSession();
    await session.signIn();
    expect(await everything('session')).toContain('access-1');
    expect(await everything('local')).not.toContain('access-1');
    expect(await zoomGrantItem.get()).toMatchObject({
      refreshToken: 'refresh-1',
      oauthBase: ENDPOINTS.oauthBase,
    });
    await expect(session.getAccessToken()).resolves.toBe('access-1');
  });

  it('stores nothing when the returned state does not match', async () => {
    const { calls } = fakeTokenSession();
    const session = createAuthSession({
      ...zoomSession(),
      redirectUrl: REDIRECT,
      launchWebAuthFlow: async () => `${REDIRECT}?code=CODE&state=forged`,
      resolveEndpoints: async () => ENDPOINTS,
    });
    await expect(session.signIn()).rejects.toMatchObject({ kind: 'sign-in-failed' });
    expect(calls).toHaveLength(0);
    expect(await everything('local')).toBe('{}');
    expect(await everything('session')).toBe('{}');
  });

  it('stores nothing when access was declined', async () => {
    const session = createAuthSession({
      ...zoomSession(),
      redirectUrl: REDIRECT,
      launchWebAuthFlow: async (url) =>
        `${REDIRECT}?error=access_denied&state=${new URL(url).searchParams.get('state')}`,
      resolveEndpoints: async () => ENDPOINTS,
    });
    await expect(session.signIn()).rejects.toThrow(/declined/);
    expect(await everything('local')).toBe('{}');
    expect(await everything('session')).toBe('{}');
  });

  it('refreshes a token about to expire, and rotates the refresh token', async () => {
    const { session, clock, tokenCalls } = fakeTokenSession();
    await session.signIn();
    clock.now += 3_600_000 - 30_000; // inside the 60 s margin
    await expect(session.getAccessToken()).resolves.toBe('access-2');
    expect(tokenCalls()[1]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'refresh-1' });
    expect((await zoomGrantItem.get())?.refreshToken).toBe('refresh-2');
    expect(await everything('local')).not.toContain('access-2');
    clock.now += 3_600_000;
    await expect(session.getAccessToken()).resolves.toBe('access-3');
    expect(tokenCalls()[2]).toMatchObject({ refresh_token: 'refresh-2' });
  });

  it('does not refresh a token that is still fresh', async () => {
    const { session, clock, tokenCalls } = fakeTokenSession();
    await session.signIn();
    clock.now += 3_600_000 - 61_000;
    await expect(session.getAccessToken()).resolves.toBe('access-1');
    expect(tokenCalls()).toHaveLength(1);
  });

  it('makes one refresh call for many concurrent callers', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { session, clock, tokenCalls } = fakeTokenSession({
      token: (call) =>
        call.body.includes('refresh_token=')
          ? gate.then(() => json({ access_token: 'shared', refresh_token: 'r-next', expires_in: 3600 }))
          : undefined,
    });
    await session.signIn();
    clock.now += 4_000_000;
    const all = Promise.all([
      session.getAccessToken(),
      session.getAccessToken(),
      session.forceRefresh('access-1'),
      session.getAccessToken(),
    ]);
    await vi.waitFor(() => expect(tokenCalls()).toHaveLength(2));
    release();
    await expect(all).resolves.toEqual(['shared', 'shared', 'shared', 'shared']);
    expect(tokenCalls()).toHaveLength(2); // sign-in + one refresh
  });

  it('forceRefresh refreshes the refused token, but not one another caller already replaced', async () => {
    const { session, tokenCalls } = fakeTokenSession();
    await session.signIn();
    await expect(session.forceRefresh('access-1')).resolves.toBe('access-2');
    await expect(session.forceRefresh('access-1')).resolves.toBe('access-2');
    expect(tokenCalls()).toHaveLength(2);
  });

  it('signs out with a reason when the provider refuses the refresh', async () => {
    const { session, clock } = fakeTokenSession({
      token: (call) =>
        call.body.includes('grant_type=refresh_token') ? json({ error: 'invalid_grant' }, 400) : undefined,
    });
    await session.signIn();
    await zoomProfileItem.set(profile);
    clock.now += 4_000_000;
    await expect(session.getAccessToken()).rejects.toMatchObject({
      kind: 'signed-out',
      message: 'Your Zoom session ended; sign in again.',
    });
    expect(await zoomGrantItem.get()).toBeNull();
    expect(await zoomProfileItem.get()).toBeNull();
    expect(await everything('session')).not.toContain('access-1');
    await expect(session.signedOutReason()).resolves.toBe('Your Zoom session ended; sign in again.');
    await expect(session.isSignedIn()).resolves.toBe(false);
    await expect(session.getAccessToken()).rejects.toThrow('Your Zoom session ended; sign in again.');
  });

  it('keeps the session when the refresh fails for a passing reason', async () => {
    const { session, clock } = fakeTokenSession({
      token: (call) => (call.body.includes('grant_type=refresh_token') ? json({}, 503) : undefined),
    });
    await session.signIn();
    clock.now += 4_000_000;
    await expect(session.getAccessToken()).rejects.toMatchObject({ kind: 'server' });
    expect((await zoomGrantItem.get())?.refreshToken).toBe('refresh-1');
    await expect(session.signedOutReason()).resolves.toBeNull();
  });

  it('revokes at the provider, then forgets everything', async () => {
    let grantWhenRevoked: unknown;
    const { session, calls } = fakeTokenSession({
      revoke: () => {
        grantWhenRevoked = 'pending';
        return zoomGrantItem.get().then((grant) => {
          grantWhenRevoked = grant;
          return json({});
        });
      },
    });
    await session.signIn();
    await zoomProfileItem.set(profile);
    await session.signOut();
    expect(calls.at(-1)?.url.pathname).toBe('/oauth/revoke');
    expect(calls.at(-1)?.body).toContain('token=refresh-1');
    expect(grantWhenRevoked).toMatchObject({ refreshToken: 'refresh-1' });
    expect(await everything('local')).not.toMatch(/refresh-1|access-1/);
    expect(await everything('session')).not.toContain('access-1');
    expect(await zoomProfileItem.get()).toBeNull();
    expect(await zoomSignedOutItem.get()).toBeNull();
    await expect(session.getAccessToken()).rejects.toBeInstanceOf(ApiError);
  });

  it('forgets the tokens even when the provider cannot be reached to revoke', async () => {
    const { session } = fakeTokenSession({ revoke: () => new TypeError('Failed to fetch') });
    await session.signIn();
    await session.signOut();
    expect(await zoomGrantItem.get()).toBeNull();
    expect(await everything('session')).not.toContain('access-1');
  });

  it('does not write back a refresh that finishes after sign-out', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { session, clock } = fakeTokenSession({
      token: (call) =>
        call.body.includes('grant_type=refresh_token')
          ? gate.then(() => json({ access_token: 'late', refresh_token: 'late-r', expires_in: 3600 }))
          : undefined,
    });
    await session.signIn();
    clock.now += 4_000_000;
    const pending = session.getAccessToken();
    await session.signOut();
    release();
    await expect(pending).rejects.toMatchObject({ kind: 'signed-out' });
    expect(await everything('local')).not.toContain('late');
    expect(await everything('session')).not.toContain('late');
  });

  it('ends the session when the server settings change, so no token goes to another server', async () => {
    const { session, endpoints } = fakeTokenSession();
    await session.signIn();
    endpoints.apiBase = 'http://127.0.0.1:9000/v2';
    await expect(session.getAccessToken()).rejects.toMatchObject({
      kind: 'signed-out',
      message: ZOOM_MESSAGES.settingsChanged,
    });
    expect(await zoomGrantItem.get()).toBeNull();
  });

  it('refuses to start a sign-in without a client id', async () => {
    const { session, endpoints, calls } = fakeTokenSession();
    endpoints.clientId = '';
    await expect(session.signIn()).rejects.toMatchObject({ kind: 'sign-in-failed' });
    expect(calls).toHaveLength(0);
  });
});
