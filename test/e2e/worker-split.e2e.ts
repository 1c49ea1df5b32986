import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, extensionUrl, launchExtension } from './harness';
import { WorkerControl } from './worker-control';

// Chrome's worker is background.js (the listeners and the first answer) plus background-services.js,
// which the worker may import after its install only if it imported it while installing
// (lib/background/load-full-background.ts). A stopped worker must still reach the rest, in the
// browser that installed it and after a restart.

const FIRST = { type: 'status.get', payload: {} };
/** Answered only by the rest of the background. */
const FULL = { type: 'settings.getMeetingDefaults', payload: {} };

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function control(b: ExtensionBrowser): Promise<WorkerControl> {
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'popup.html'));
  return WorkerControl.open(page, `chrome-extension://${b.extensionId}/`);
}

describe("Chrome's worker in two scripts", () => {
  it('answers from a stopped worker, with its first answer and with the rest, after a browser restart too', async () => {
    browser = await launchExtension();
    let worker = await control(browser);
    expect((await worker.coldStart(FIRST)).reply).toEqual({ ok: true, data: { zoom: { connected: false } } });
    expect((await worker.coldStart(FULL)).reply).toMatchObject({ ok: true, data: { passcode: 'auto' } });

    const profile = browser.userDataDir;
    await browser.close({ keepProfile: true });
    browser = await launchExtension({ userDataDir: profile });
    worker = await control(browser);
    expect((await worker.coldStart(FULL)).reply).toMatchObject({ ok: true, data: { passcode: 'auto' } });
    expect((await worker.coldStart(FIRST)).reply).toEqual({ ok: true, data: { zoom: { connected: false } } });
  });
});
