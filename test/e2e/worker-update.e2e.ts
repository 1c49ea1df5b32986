import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_FLAGS, chromePath, EXTENSION_DIR } from './harness';
import { WorkerControl } from './worker-control';

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
  const worker = await WorkerControl.over(
    {
      evaluate: (expression) => page.evaluate(expression),
      send: (method) => cdp.send(method),
      onVersionsUpdated: (listener) => void cdp.on('ServiceWorker.workerVersionUpdated', listener),
    },
    `chrome-extension://${id}/`,
  );
  // Stopped for sure, so the message starts a worker that has imported nothing yet.
  const { reply } = await worker.coldStart(FULL);
  // The running worker's target (an updated extension may still list the old version's).
  const targets = b.targets().filter((t) => t.type() === 'service_worker' && t.url().includes(id));
  let marker: unknown;
  for (const target of targets.reverse()) {
    const running = await Promise.race([
      target.worker(),
      new Promise<null>((r) => setTimeout(() => r(null), 2000)),
    ]);
    if (!running) continue;
    marker = await running.evaluate('globalThis.__buildMarker');
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
