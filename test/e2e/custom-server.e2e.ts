import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { buildForServer, sandboxBuildEnv } from './build-for-server';
import { type ExtensionBrowser, extensionUrl, launchExtension, screenshot } from './harness';
import { pointAtSandbox, startTestSandbox } from './sandbox-connection';

// Real Zoom and Webex send no CORS headers: an extension reaches them only through host permissions.
// A build made for another server (WXT_ZOOM_OAUTH_BASE, …) must carry that server's origin in its
// manifest, so "Sign in" works with no further step. The sandbox here sends no CORS headers either.

describe('a build for another server signs in to it (sandbox without CORS)', () => {
  let sandbox: Sandbox;
  let extensionDir: string;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ cors: false });
    // Built for this sandbox's address (its port fixed once it listens), into a folder of its own.
    extensionDir = await buildForServer('e2e-custom-server', sandboxBuildEnv(sandbox.url));
  }, 240_000);
  afterAll(async () => {
    await sandbox?.close();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  const calls = () => sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`);

  /** Presses the provider's one sign-in button and the consent page's approval; waits for the user. */
  async function signIn(options: Page, provider: 'Zoom' | 'Webex', approve: string, user: string) {
    const consent = browser!.context.waitForEvent('page', (page) =>
      page
        .url()
        .startsWith(`${sandbox.url}${provider === 'Zoom' ? '/oauth/authorize' : '/webex/v1/authorize'}`),
    );
    await options.getByRole('button', { name: `Sign in with ${provider}` }).click();
    await (await consent).getByRole('button', { name: approve }).click();
    await expect.poll(() => options.getByTestId(user).textContent(), { timeout: 15_000 }).toMatch(/\S/);
    return options.getByTestId(user).textContent();
  }

  it('puts the server’s origin in the manifest’s host permissions', () => {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toContain('http://127.0.0.1/*');
    expect(manifest.host_permissions).toContain('https://zoom.us/*');
  });

  it('shows one “Sign in” per provider and signs in to Zoom and Webex with no other step', async () => {
    sandbox.reset();
    browser = await launchExtension({ extensionDir });
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    // A person sees one button per provider; the server, client id and redirect URL are folded away.
    for (const provider of ['Zoom', 'Webex']) {
      const account = options.getByRole('region', { name: `${provider} account` });
      await expect
        .poll(
          () =>
            account.evaluate((region) =>
              [...region.querySelectorAll('button')]
                .filter((b) => !b.closest('details'))
                .map((b) => b.textContent),
            ),
          // Zoom's settings wait on managed storage (policy), slow in a freshly started browser.
          { timeout: 15_000 },
        )
        .toEqual([`Sign in with ${provider}`]);
      expect(await account.locator('input:visible').count()).toBe(0);
    }
    await screenshot(options, 'custom-server-options');

    expect(await signIn(options, 'Zoom', 'Allow', 'zoom-user')).toContain('Sandy Host');
    expect(await signIn(options, 'Webex', 'Accept', 'webex-user')).toMatch(/host@webex-sandbox\.example/);
    await screenshot(options, 'custom-server-signed-in');

    // The token exchanges and profile reads went straight through: no preflight, nothing refused.
    const log = calls();
    expect(log).toEqual(expect.arrayContaining(['POST /oauth/token 200', 'GET /v2/users/me 200']));
    expect(log).toEqual(expect.arrayContaining(['POST /webex/v1/access_token 200']));
    expect(log.filter((c) => c.startsWith('OPTIONS'))).toEqual([]);
  });

  it('the default build, which has no host permission for it, is refused there: the sandbox is as strict as Zoom', async () => {
    sandbox.reset();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    const consent = browser.context.waitForEvent('page', (page) => page.url().includes('/oauth/authorize'));
    await options.getByRole('button', { name: 'Sign in with Zoom' }).click();
    await (await consent).getByRole('button', { name: 'Allow' }).click();
    // The browser blocks the token answer (no CORS header, no host permission): a sentence, no account.
    await expect
      .poll(() => options.getByRole('alert').first().textContent(), { timeout: 15_000 })
      .toMatch(/\S/);
    expect(await options.getByTestId('zoom-user').count()).toBe(0);
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toMatch(/refreshToken/);
  });
});
