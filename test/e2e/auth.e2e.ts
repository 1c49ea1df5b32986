import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { type ExtensionBrowser, extensionUrl, launchExtension, screenshot } from './harness';
import { connectThroughOptions, startTestSandbox, pointAtSandbox } from './sandbox-connection';

describe('signing in with Zoom (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  afterEach(async () => {
    await browser?.close();
  });

  async function freshBrowser() {
    sandbox.reset();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
  }

  const storageOf = (area: 'local' | 'session') =>
    browser.worker.evaluate((name) => chrome.storage[name].get(null), area);

  it('connects from the options page, shows the user, keeps tokens in the worker only', async () => {
    await freshBrowser();
    const options = await connectThroughOptions(browser);
    await expect.poll(() => options.getByTestId('zoom-user').textContent()).toContain('host@sandbox.example');
    await screenshot(options, 'auth-options-connected');

    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(browser, 'popup.html'));
    await expect
      .poll(() => popup.getByTestId('connection-status').textContent())
      .toBe('Signed in to Zoom as Sandy Host (host@sandbox.example)');
    await screenshot(popup, 'auth-popup-connected');

    // The access token sits in session storage only; local storage has the refresh grant and no access token.
    const local = JSON.stringify(await storageOf('local'));
    const session = JSON.stringify(await storageOf('session'));
    expect(session).toMatch(/accessToken/);
    expect(local).not.toMatch(/accessToken/);
    expect(local).toMatch(/refreshToken/);
  });

  it('stays signed in across a browser restart, without signing in again', async () => {
    await freshBrowser();
    await connectThroughOptions(browser);
    const profile = browser.userDataDir;
    await browser.close({ keepProfile: true });
    sandbox.clearRequests();

    browser = await launchExtension({ userDataDir: profile });
    // The session area died with the browser: no access token survives, the refresh grant does.
    expect(JSON.stringify(await storageOf('session'))).not.toMatch(/accessToken/);
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    await expect.poll(() => options.getByTestId('zoom-user').textContent()).toContain('host@sandbox.example');
    const calls = sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls).toEqual(['POST /oauth/token 200', 'GET /v2/users/me 200']);
  });

  it('refreshes an expired access token without the person noticing', async () => {
    await freshBrowser();
    const options = await connectThroughOptions(browser);
    sandbox.clearRequests();
    // Two hours pass at Zoom: the access token the extension holds is now refused with code 124.
    sandbox.clock.advance(2 * 60 * 60 * 1000);
    await options.reload();
    await expect.poll(() => options.getByTestId('zoom-user').textContent()).toContain('Sandy Host');
    const calls = sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls).toEqual(['GET /v2/users/me 401', 'POST /oauth/token 200', 'GET /v2/users/me 200']);
  });

  it('ends in a clear signed-out state when Zoom revokes the grant', async () => {
    await freshBrowser();
    const options = await connectThroughOptions(browser);
    sandbox.revokeAllTokens();
    await options.reload();
    await expect
      .poll(() => options.getByTestId('connection-status').textContent())
      .toBe('Your Zoom session ended; sign in again.');
    await expect(options.getByRole('button', { name: 'Sign in with Zoom' }).count()).resolves.toBe(1);
    await screenshot(options, 'auth-signed-out-after-revoke');
    const local = JSON.stringify(await storageOf('local'));
    expect(local).not.toMatch(/refreshToken/);
  });

  it('disconnects: revokes at Zoom, then forgets', async () => {
    await freshBrowser();
    const options = await connectThroughOptions(browser);
    sandbox.clearRequests();
    await options.getByRole('button', { name: 'Disconnect' }).click();
    await expect
      .poll(() => options.getByTestId('connection-status').textContent())
      .toBe('Not connected to Zoom');
    expect(sandbox.requests().map((r) => `${r.method} ${r.path}`)).toContain('POST /oauth/revoke');
    expect(JSON.stringify(await storageOf('local'))).not.toMatch(/refreshToken/);
  });

  it('refuses an answer whose state was forged, and stores nothing', async () => {
    await freshBrowser();
    // An attacker's answer: the browser comes back to our redirect URL with a code and someone else's state.
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    const consent = browser.context.waitForEvent('page', (page) => page.url().includes('/oauth/authorize'));
    await options.getByRole('button', { name: 'Sign in with Zoom' }).click();
    const consentPage = await consent;
    const redirect = await consentPage.getByTestId('redirect-uri').textContent();
    await consentPage.goto(`${redirect}?code=stolen&state=forged`).catch(() => undefined);
    await expect.poll(() => options.getByRole('alert').first().textContent()).toMatch(/state|sign-in/i);
    await expect(options.getByTestId('connection-status').textContent()).resolves.toBe(
      'Not connected to Zoom',
    );
    expect(JSON.stringify(await storageOf('local'))).not.toMatch(/refreshToken/);
    expect(sandbox.requests().some((r) => r.path === '/oauth/token')).toBe(false);
  });
});
