import type { Page, Target } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { addonId, type FirefoxExtension, firefoxRedirectUrl } from './harness';
import { press, textOf, typeInto, waitUntil } from './page-actions';

export const SANDBOX_CLIENT_ID = 'sandbox-client';

/**
 * A sandbox that accepts only Firefox's redirect URL for this add-on, as a Zoom app would once the
 * person registered the URL the options page shows: a sign-in with any other URL fails.
 */
export const startFirefoxSandbox = (): Promise<Sandbox> =>
  startSandbox({ clientIds: [SANDBOX_CLIENT_ID], redirectUris: [firefoxRedirectUrl(addonId())] });

const SERVER_FORM = 'form[aria-labelledby="server-heading"]';
/** The collapsed "Advanced: server and app" in Zoom's account section, which holds the server form. */
const ADVANCED = 'section[aria-labelledby="account-heading"] details.advanced';
/** The account section's button while signed out. */
export const SIGN_IN_BUTTON = '::-p-aria(Sign in with Zoom[role="button"])';

/** Opens "Advanced: server and app" with a real click on its summary, unless it is open already. */
async function openAdvanced(options: Page): Promise<void> {
  const open = () =>
    options.evaluate((s) => document.querySelector<HTMLDetailsElement>(s)?.open ?? null, ADVANCED);
  await waitUntil('the Advanced section', open, (value) => value !== null);
  if (await open()) return;
  await press(options, `${ADVANCED} > summary`);
  await waitUntil('the Advanced section to open', open, Boolean);
}

/**
 * Points the extension at `server` the way a person does: the options page, "Advanced", "Custom", the two base
 * URLs and the client id, Save. Save asks for the server's host permission (granted without the
 * prompt by the test profile's pref); the click that asks is a real one, as Firefox requires.
 */
export async function chooseCustomServer(options: Page, server: string): Promise<void> {
  await openAdvanced(options);
  await press(options, `${SERVER_FORM} input[name="preset"][value="custom"]`);
  const field = (n: number) => `${SERVER_FORM} > label:nth-of-type(${n}) > input`;
  await typeInto(options, field(1), server);
  await typeInto(options, field(2), `${server}/v2`);
  await typeInto(options, field(3), SANDBOX_CLIENT_ID);
  await press(options, `${SERVER_FORM} button[type="submit"]`);
  await waitUntil(
    'the saved server',
    () => textOf(options, '[data-testid="settings-message"]'),
    (text) => text === 'Saved. If the server changed, sign in again.',
  );
}

/**
 * "Sign in with Zoom" on the options page, then "Allow" in the window `identity.launchWebAuthFlow` opens;
 * resolves once the options page shows the signed-in user.
 */
export async function connectZoom(extension: FirefoxExtension, options: Page): Promise<void> {
  const isConsent = (target: Target) => target.url().includes('/oauth/authorize');
  const consentTarget = extension.browser.waitForTarget(isConsent, { timeout: 20_000 });
  await press(options, SIGN_IN_BUTTON);
  const consent = (await (await consentTarget).page())!;
  await press(consent, '#allow');
  await waitUntil(
    'the signed-in user on the options page',
    () => textOf(options, '[data-testid="zoom-user-line"]'),
    (text) => text === 'Signed in to Zoom as Sandy Host (host@sandbox.example)',
  );
}

/** Opens the options page, points it at `server` and signs in; returns the options page. */
export async function signIn(extension: FirefoxExtension, server: string): Promise<Page> {
  const options = await extension.open('options.html');
  await chooseCustomServer(options, server);
  await connectZoom(extension, options);
  return options;
}
