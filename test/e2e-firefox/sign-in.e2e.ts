import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { type CorsFreeGate, startCorsFreeGate } from './cors-free-gate';
import { type FirefoxExtension, firefoxRedirectUrl, launchFirefox } from './harness';
import { press, screenshot, textOf } from './page-actions';
import { chooseCustomServer, connectZoom, SIGN_IN_BUTTON, startFirefoxSandbox } from './zoom-sign-in';

const storageOf = (page: Page, area: 'local' | 'session') =>
  page.evaluate(async (name) => JSON.stringify(await browser.storage[name].get(null)), area);

describe('signing in with Zoom in Firefox (sandbox)', () => {
  let sandbox: Sandbox;
  let gate: CorsFreeGate;
  let extension: FirefoxExtension;
  let options: Page;

  beforeAll(async () => {
    sandbox = await startFirefoxSandbox();
    gate = await startCorsFreeGate(sandbox.url);
    extension = await launchFirefox();
  });
  afterAll(async () => {
    await extension?.close();
    await gate?.close();
    await sandbox?.close();
  });

  it('a custom server is reached through the host permission Save asks for, not through CORS', async () => {
    options = await extension.open('options.html');
    const pattern = 'http://127.0.0.1/*';
    const held = () => options.evaluate((p) => browser.permissions.contains({ origins: [p] }), pattern);
    expect(await held()).toBe(false);
    await chooseCustomServer(options, gate.url);
    expect(await held()).toBe(true);
  });

  it("signs in with Firefox's redirect URL, the one the options page tells the person to register", async () => {
    const redirect = firefoxRedirectUrl(extension.id);
    // identity.getRedirectURL() in Firefox: SHA-1 of the add-on id under extensions.allizom.org.
    expect(await textOf(options, '[data-testid="redirect-url"]')).toBe(redirect);
    gate.clear();
    // The sandbox accepts no other redirect URL, so signing in at all proves it is this one.
    await connectZoom(extension, options);
    await screenshot(options, 'options-connected');
    const calls = gate.calls.map((c) => `${c.method} ${c.path}`);
    // Firefox first loads the authorize URL without a window (to finish at once when the server
    // redirects straight back), then opens the window on the consent page it got.
    expect(calls).toEqual([
      'GET /oauth/authorize',
      'GET /oauth/authorize',
      'POST /oauth/authorize',
      'POST /oauth/token',
      'GET /v2/users/me',
    ]);
    // The gate removes every CORS header and refuses preflights: the host permission let the calls in.
    expect(gate.preflights()).toBe(0);

    const popup = await extension.open('popup.html');
    await expect
      .poll(() => textOf(popup, '[data-testid="connection-status"]'))
      .toBe('Signed in to Zoom as Sandy Host (host@sandbox.example)');
    // The access token sits in session storage only; local storage has the refresh grant.
    expect(await storageOf(popup, 'session')).toMatch(/accessToken/);
    expect(await storageOf(popup, 'local')).not.toMatch(/accessToken/);
    expect(await storageOf(popup, 'local')).toMatch(/refreshToken/);
    await popup.close();
  });

  it('when the server sends the person straight back, Firefox signs in without opening a window', async () => {
    await press(options, '::-p-aria(Disconnect[role="button"])');
    await expect
      .poll(() => textOf(options, '[data-testid="connection-status"]'))
      .toBe('Not connected to Zoom');
    sandbox.setAutoApprove(true);
    gate.clear();
    const windows: string[] = [];
    const record = (target: { url(): string }) => windows.push(target.url());
    extension.browser.on('targetcreated', record);
    await press(options, SIGN_IN_BUTTON);
    await expect
      .poll(() => textOf(options, '[data-testid="zoom-user-line"]'), { timeout: 20_000 })
      .toBe('Signed in to Zoom as Sandy Host (host@sandbox.example)');
    extension.browser.off('targetcreated', record);
    expect(windows).toEqual([]);
    expect(gate.calls.filter((c) => c.path === '/oauth/authorize')).toHaveLength(1);
    sandbox.setAutoApprove(false);
  });

  it('the invitation window copies at once, without a click (clipboardWrite)', async () => {
    const meetingId = '81000000001';
    const invitation = await extension.open(`invitation.html?meeting=${meetingId}`);
    await expect
      .poll(() => textOf(invitation, '[data-testid="copy-status"]'), { timeout: 20_000 })
      .toBe('The invitation is on the clipboard.');
    const shown = await textOf(invitation, '[data-testid="invitation"]');
    expect(shown).toContain('Meeting ID: 810 0000 0001');
    await screenshot(invitation, 'invitation-copied');

    // What is on the clipboard is what a paste gives: a real Ctrl+V into a plain page's text box.
    const paste = await extension.browser.newPage();
    await paste.evaluate(() => document.body.append(document.createElement('textarea')));
    await press(paste, 'textarea');
    await paste.keyboard.down('Control');
    await paste.keyboard.press('v');
    await paste.keyboard.up('Control');
    // (A text box keeps line breaks as \n; the invitation has Zoom's \r\n.)
    await expect
      .poll(() => paste.evaluate(() => document.querySelector('textarea')!.value))
      .toBe(shown!.replace(/\r\n/g, '\n'));
  });
});
