// `npm run demo`: the extension built for the local Zoom and Webex sandbox (`wxt build --mode sandbox`,
// `.env.sandbox`: its client ids and bases, so the sandbox's origin is a host permission) in Chromium
// with a fresh profile, with the calendar replicas open at their real addresses. The sandbox sends no
// CORS headers, as the real servers do, and approves both consent pages at once.
//
// It walks through the product as a person would (scripts/demo/walk.ts). Headless (no display) it
// saves a screenshot per step and an `index.html` telling the story in `demo-screenshots/`; headed it
// leaves every page open for a person, one tab per step.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSandbox } from '../test/sandbox/server';
import { launchExtension, ROOT } from '../test/e2e/harness';
import { pointAtSandbox, pointWebexAtSandbox, SANDBOX_CLIENT_ID } from '../test/e2e/sandbox-connection';
import { type Step, writeStory } from './demo/story';
import { walk } from './demo/walk';

const live = process.argv.includes('--live');
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-screenshots');
const port = Number(process.env.SANDBOX_PORT ?? 4010);
// Another build of the same kind (e.g. a copy made elsewhere); the sandbox build by default.
const extensionDir = process.env.DEMO_EXTENSION_DIR || join(ROOT, '.output/chrome-mv3-sandbox');
const started = Date.now();

const sandboxOptions = {
  clientIds: [SANDBOX_CLIENT_ID],
  autoApprove: true,
  webex: { autoApprove: true },
  cors: false,
};
const sandbox = await startSandbox({ port, ...sandboxOptions }).catch(() =>
  // The port is taken (another sandbox?): any free port will do.
  startSandbox(sandboxOptions),
);
console.log(`Zoom sandbox: ${sandbox.url} (client id ${SANDBOX_CLIENT_ID}); Webex: ${sandbox.webex.base}`);

const browser = await launchExtension({
  headless,
  extensionDir,
  // One zone, so the times the pages and the meetings show are the same on every machine.
  timezoneId: 'America/New_York',
});
// The build's defaults name port 4010; on another port, point the settings there (the host
// permission, `http://127.0.0.1/*`, covers every port, so still no prompt).
if (sandbox.url !== 'http://127.0.0.1:4010') {
  await pointAtSandbox(browser, sandbox);
  await pointWebexAtSandbox(browser, sandbox);
}

if (headless) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
}
const steps: Step[] = [];
async function step(page: Page, file: string, title: string, sentence: string, fullPage = true) {
  await page.bringToFront();
  if (headless) await page.screenshot({ path: join(outDir, file), fullPage });
  steps.push({ title, sentence, screenshot: file });
  console.log(`${steps.length}. ${title}: ${sentence}${headless ? ` (${file})` : ''}`);
}

try {
  await walk(browser, sandbox, step, live);
} catch (error) {
  // What the page showed when it stopped, for whoever reads the failure.
  const page = browser.context.pages().at(-1);
  if (headless && page)
    await page.screenshot({ path: join(outDir, 'failed.png'), fullPage: true }).catch(() => {});
  await browser.close();
  await sandbox.close();
  console.error(
    `The demo stopped after ${steps.length} steps${headless ? ` (see ${join(outDir, 'failed.png')})` : ''}.`,
  );
  throw error;
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (headless) {
  const index = writeStory(
    outDir,
    'Calendar meetings extension: a walk through',
    'What "npm run demo" did, step by step, against the local Zoom and Webex sandbox and the calendar replicas.',
    steps,
  );
  await browser.close();
  await sandbox.close();
  console.log(`No display: walked the demo headless in ${seconds} s. The story: ${index}`);
} else {
  console.log('Chromium is open at every step, one tab each. Close the window (or Ctrl+C) to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await sandbox.close();
}
