import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox/server';
import { WEBEX_SANDBOX_CLIENT } from '../sandbox/webex/index';
import { type ExtensionBrowser, extensionUrl, launchExtension, serveFixtureAt } from './harness';

export const SANDBOX_CLIENT_ID = 'sandbox-client';

export async function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ clientIds: [SANDBOX_CLIENT_ID], ...options });
}

/**
 * Points the default build at the sandbox. Written to storage from the service worker, because the
 * options page asks for the custom host's permission with a browser prompt that headless Chromium
 * cannot answer. Without that permission only CORS lets the calls through, so the sandbox these tests
 * use keeps its CORS headers on; real servers send none, and custom-server.e2e.ts signs in to a
 * CORS-less sandbox with a build whose manifest holds its host (build-for-server.ts).
 */
export async function pointAtSandbox(browser: ExtensionBrowser, sandbox: Sandbox): Promise<void> {
  const zoom = {
    preset: 'custom',
    oauthBase: sandbox.url,
    apiBase: `${sandbox.url}/v2`,
    clientId: SANDBOX_CLIENT_ID,
  };
  await browser.worker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: { zoom: value } });
  }, zoom);
}

/** Clicks "Sign in with Zoom" on the options page and "Allow" on the sandbox's consent page. */
export async function connectThroughOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(extensionUrl(browser, 'options.html'));
  const consent = browser.context.waitForEvent('page', (page) => page.url().includes('/oauth/authorize'));
  await options.getByRole('button', { name: 'Sign in with Zoom' }).click();
  const consentPage = await consent;
  await consentPage.getByRole('button', { name: 'Allow' }).click();
  await options.getByTestId('zoom-user').waitFor();
  return options;
}

/**
 * Points the extension's Webex server at the sandbox, beside the Zoom settings. Marked version 3 as
 * the extension writes it (migrations run only on older values); from the worker, as above.
 */
export async function pointWebexAtSandbox(browser: ExtensionBrowser, sandbox: Sandbox): Promise<void> {
  const webex = {
    oauthBase: sandbox.webex.base,
    apiBase: sandbox.webex.base,
    clientId: WEBEX_SANDBOX_CLIENT,
  };
  await browser.worker.evaluate(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), webex: value }, settings$: { v: 3 } });
  }, webex);
}

/** Points Webex at the sandbox and connects it from the options page ("Sign in with Webex", "Accept"). */
export async function connectWebex(browser: ExtensionBrowser, sandbox: Sandbox): Promise<void> {
  await pointWebexAtSandbox(browser, sandbox);
  const options = await browser.context.newPage();
  await options.goto(extensionUrl(browser, 'options.html'));
  const consent = browser.context.waitForEvent('page', (page) => page.url().includes('/webex/v1/authorize'));
  await options.getByRole('button', { name: 'Sign in with Webex' }).click();
  await (await consent).getByRole('button', { name: 'Accept' }).click();
  await options.getByTestId('webex-user').waitFor();
  await options.close();
}

/**
 * The setup most calendar suites share: a sandbox, the built extension pointed at it, the given
 * calendar replicas served at their real origins, and Zoom signed in through the options page.
 */
export async function signedInWithCalendars(
  calendars: Readonly<Record<string, string>>,
  launch: Parameters<typeof launchExtension>[0] = {},
): Promise<{ sandbox: Sandbox; browser: ExtensionBrowser }> {
  const sandbox = await startTestSandbox();
  const browser = await launchExtension(launch);
  await pointAtSandbox(browser, sandbox);
  for (const [origin, fixture] of Object.entries(calendars))
    await serveFixtureAt(browser.context, origin, fixture);
  await (await connectThroughOptions(browser)).close();
  return { sandbox, browser };
}

/** Closes what signedInWithCalendars opened (either may be missing when the setup failed). */
export async function closeAll(browser?: ExtensionBrowser, sandbox?: Sandbox): Promise<void> {
  await browser?.close();
  await sandbox?.close();
}
