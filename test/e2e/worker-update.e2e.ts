import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_FLAGS, chromePath, EXTENSION_DIR } from './harness';

// An update registers a new worker, which must import the new version's background-services.js
// while it installs, and later starts must reach that copy, not the old one
// (lib/background/load-full-background.ts). Playwright cannot load an extension into a running
// browser; DevTools' Extensions.loadUnpacked (puppeteer's installExtension) can, and loading the
// same folder again with a higher version is an update.

const FULL = { type: 'settings.getMeetingDefaults', payload: {} };
let browser: Browser | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the build whose background-services.js says which copy it is. */
function stamp(dir: string, version: string, marker: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, version }));
  const services = readFileSync(join(EXTENSION_DIR, 'background-services.js'), 'utf8');
  writeFileSync(
    join(dir, 'background-services.js'),
    `${services}\nglobalThis.__buildMarker = ${JSON.stringify(marker)};\n`,
  );
}

/** From a stopped worker: a message only the rest answers, then which copy of the rest answered. */
async function coldStartThroughTheRest(b: Browser, id: string): Promise<{ reply: unknown; marker: unknown }> {
  const page = await b.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  const cdp = await page.createCDPSession();
  const running = new Map<string, string>();
  const installed = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.includes(id)) continue;
      running.set(v.versionId, v.runningStatus);
      installed.set(v.versionId, v.status);
    }
  });
  await cdp.send('ServiceWorker.enable');
  // The newest version must have finished installing first: a worker stopped while it installs is
  // never activated, and nothing answers until the browser registers it again.
  for (let waited = 0; waited < 10_000; waited += 50) {
    const newest = [...installed.keys()].sort((a, b) => Number(b) - Number(a))[0];
    if (newest !== undefined && installed.get(newest) === 'activated') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Stopped for sure, so the message starts a worker that has imported nothing yet. Chromium
  // sometimes still routes a message sent just after a DevTools stop to the stopped worker
  // ("Receiving end does not exist"): that try started nothing, so the stop is taken again.
  let reply: unknown;
  for (let attempt = 1; ; attempt++) {
    for (let tries = 0; tries < 50; tries++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (running.size > 0 && [...running.values()].every((status) => status === 'stopped')) break;
    }
    expect([...running.values()].every((status) => status === 'stopped')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      reply = await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(FULL)})`);
      break;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Receiving end does not exist')) throw error;
    }
  }
  // The running worker's target (an updated extension may still list the old version's).
  const targets = b.targets().filter((t) => t.type() === 'service_worker' && t.url().includes(id));
  let marker: unknown;
  for (const target of targets.reverse()) {
    const worker = await Promise.race([
      target.worker(),
      new Promise<null>((r) => setTimeout(() => r(null), 2000)),
    ]);
    if (!worker) continue;
    marker = await worker.evaluate('globalThis.__buildMarker');
    break;
  }
  await page.close();
  return { reply, marker };
}

describe("Chrome's worker in two scripts, across an update", () => {
  it('imports the new version’s rest on update and reaches it on later starts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ext-update-'));
    dirs.push(dir);
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    stamp(dir, '1.0.0', 'first');
    browser = await puppeteer.launch({
      executablePath: chromePath(),
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: BROWSER_FLAGS,
    });
    const id = await browser.installExtension(dir);
    const first = await coldStartThroughTheRest(browser, id);
    expect(first.reply).toMatchObject({ ok: true, data: { passcode: 'auto' } });
    expect(first.marker).toBe('first');

    stamp(dir, '1.0.1', 'second');
    expect(await browser.installExtension(dir)).toBe(id);
    const second = await coldStartThroughTheRest(browser, id);
    expect(second.reply).toMatchObject({ ok: true, data: { passcode: 'auto' } });
    expect(second.marker).toBe('second');
  });
});
