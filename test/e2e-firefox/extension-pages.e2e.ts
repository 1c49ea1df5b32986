import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  EXTENSION_UUID,
  type FirefoxExtension,
  firefoxRedirectUrl,
  launchFirefox,
} from './harness';
import { screenshot, textOf } from './page-actions';

describe('the built extension in Firefox', () => {
  let extension: FirefoxExtension;

  beforeAll(async () => {
    // Firefox suspends an idle event page after 30 s; 1 s here, so every test below also meets a
    // background that was stopped and must wake for the message it is sent.
    extension = await launchFirefox({ 'extensions.background.idle.timeout': 1000 });
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('asks for no Firefox newer than 140 ESR, whichever Firefox runs this suite', () => {
    const { gecko } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'))
      .browser_specific_settings as { gecko: { strict_min_version: string } };
    // Firefox refuses an add-on whose minimum is above its version; CI's Firefox may be newer.
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeLessThanOrEqual(140);
  });

  it('runs its background as an event page, not a service worker', async () => {
    const popup = await extension.open('popup.html');
    const seen = await popup.evaluate(async () => {
      const { background, manifest_version } = browser.runtime.getManifest() as {
        background: { scripts?: string[]; service_worker?: string };
        manifest_version: number;
      };
      // An event page is a window the extension's pages can reach; a service worker is not.
      const page = (await browser.runtime.getBackgroundPage()) as unknown as { location: Location } | null;
      return {
        manifest_version,
        scripts: background.scripts,
        serviceWorker: background.service_worker ?? null,
        backgroundUrl: page?.location.href ?? null,
      };
    });
    expect(seen).toEqual({
      manifest_version: 3,
      // (Firefox's getManifest() gives the script's full URL.)
      scripts: [`moz-extension://${EXTENSION_UUID}/background.js`],
      serviceWorker: null,
      backgroundUrl: `moz-extension://${EXTENSION_UUID}/_generated_background_page.html`,
    });
    await popup.close();
  });

  it('is suspended when idle, and every message still gets its answer', async () => {
    const popup = await extension.open('popup.html');
    const askThenLook = () =>
      popup.evaluate(async () => {
        const reply = (await browser.runtime.sendMessage({ type: 'status.get', payload: {} })) as {
          ok: boolean;
        };
        const page = (await browser.runtime.getBackgroundPage()) as unknown as { __seen?: true };
        const fresh = !page.__seen;
        page.__seen = true;
        return { ok: reply.ok, fresh };
      });
    expect((await askThenLook()).ok).toBe(true);
    const answered: boolean[] = [];
    // Asked less often than the idle timeout: a background found unmarked had been suspended, and
    // the message before the look woke it.
    await expect
      .poll(
        async () => {
          const { ok, fresh } = await askThenLook();
          answered.push(ok);
          return fresh;
        },
        { timeout: 30_000, interval: 1500 },
      )
      .toBe(true);
    expect(answered.every(Boolean)).toBe(true);
    await popup.close();
  });

  it('shows in the popup what the background answers', async () => {
    const popup = await extension.open('popup.html');
    await expect.poll(() => textOf(popup, '[data-testid="connection-status"]')).toBe('Not connected to Zoom');
    await screenshot(popup, 'popup');
    await popup.close();
  });

  it("shows on the options page the background's answer and Firefox's redirect URL", async () => {
    const options = await extension.open('options.html');
    // This build has no client id: once the background answers that nobody is signed in, the page
    // says what is missing instead of offering a sign-in that could not work.
    await expect
      .poll(() => textOf(options, '[data-testid="connection-status"]'))
      .toBe('No Zoom client ID is set in this copy of the extension, so it cannot sign in to Zoom.');
    // identity.getRedirectURL() differs from Chrome's (<id>.chromiumapp.org): the background reports
    // Firefox's own, and that is what the person registers in their Zoom app.
    expect(await textOf(options, '[data-testid="redirect-url"]')).toBe(firefoxRedirectUrl(extension.id));
    await screenshot(options, 'options');
    await options.close();
  });

  it('answers through browser.* promises, a malformed message with a clear error', async () => {
    const popup = await extension.open('popup.html');
    const replies = await popup.evaluate(async () => {
      // Firefox's own `browser` namespace returns promises; `chrome` is there too, as an alias.
      const pending = browser.runtime.sendMessage({ type: 'status.get', payload: {} });
      return {
        isPromise: pending instanceof Promise,
        chromeToo: typeof chrome.runtime.sendMessage === 'function',
        answers: [
          await browser.runtime.sendMessage({ nonsense: true }),
          await browser.runtime.sendMessage({ type: 'no.such.message', payload: {} }),
          await browser.runtime.sendMessage({ type: 'status.get', payload: { extra: 1 } }),
          await pending,
        ] as { ok: boolean; error?: { message: string } }[],
      };
    });
    expect(replies.isPromise).toBe(true);
    expect(replies.chromeToo).toBe(true);
    expect(replies.answers.map((r) => r.ok)).toEqual([false, false, false, true]);
    expect(replies.answers[1]!.error!.message).toContain('no.such.message');
    await popup.close();
  });
});
