// `npm run demo`: the extension built for the local Zoom and Webex sandbox (`wxt build --mode sandbox`,
// `.env.sandbox`: its client ids and bases, so the sandbox's origin is a host permission) in Chromium
// with a fresh profile, with the calendar replicas open at their real addresses. The sandbox sends no
// CORS headers, as the real servers do, and approves both consent pages at once. Headed when a display
// exists (a person tries it); headless otherwise, walking through it and saving screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSandbox } from '../test/sandbox/server';
import { extensionUrl, launchExtension, ROOT, serveFixtureAt } from '../test/e2e/harness';
import { pointAtSandbox, pointWebexAtSandbox, SANDBOX_CLIENT_ID } from '../test/e2e/sandbox-connection';

const live = process.argv.includes('--live');
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-screenshots');
const port = Number(process.env.SANDBOX_PORT ?? 4010);

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

const browser = await launchExtension({ headless, extensionDir: join(ROOT, '.output/chrome-mv3-sandbox') });
const { context } = browser;
// The build's defaults name port 4010; on another port, point the settings there (the host
// permission, `http://127.0.0.1/*`, covers every port, so still no prompt).
if (sandbox.url !== 'http://127.0.0.1:4010') {
  await pointAtSandbox(browser, sandbox);
  await pointWebexAtSandbox(browser, sandbox);
}

// Connect the way a person would: the options page's buttons (the sandbox approves at once).
const options = await context.newPage();
await options.goto(extensionUrl(browser, 'options.html'));
await options.getByRole('button', { name: 'Sign in with Zoom' }).click();
await options.getByTestId('zoom-user').waitFor({ timeout: 15_000 });
// Both accounts, so the calendar button offers Zoom and Webex and the popup lists both.
await options.getByRole('button', { name: 'Sign in with Webex' }).click();
await options.getByTestId('webex-user').waitFor({ timeout: 15_000 });
console.log(
  'Connected the extension to the sandbox as host@sandbox.example (Zoom) and host@webex-sandbox.example (Webex).',
);

if (!live) {
  // No internet needed: the replicas answer at the real addresses, so the real match patterns apply.
  await serveFixtureAt(context, 'https://calendar.google.com', 'google-calendar.html');
  await serveFixtureAt(context, 'https://outlook.office.com', 'outlook.html');
}
const calendars = live
  ? ['https://calendar.google.com/calendar/r', 'https://outlook.office.com/calendar/view/week']
  : [
      'https://calendar.google.com/calendar/r/eventedit',
      'https://outlook.office.com/calendar/deeplink/compose',
    ];

async function shoot(page: Page, name: string) {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`  ${name}: ${path}`);
}

if (headless) {
  mkdirSync(outDir, { recursive: true });
  await shoot(options, 'options-connected');
  const popup = await context.newPage();
  await popup.goto(extensionUrl(browser, 'popup.html'));
  await popup.waitForTimeout(500);
  await shoot(popup, 'popup');
  for (const [i, url] of calendars.entries()) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(800);
    await shoot(page, i === 0 ? 'google-calendar' : 'outlook');
  }
  await browser.close();
  await sandbox.close();
  console.log(`No display: walked the demo headless. Screenshots are in ${outDir}`);
} else {
  for (const url of calendars) await (await context.newPage()).goto(url);
  console.log('Chromium is open with the extension loaded. Close the window (or Ctrl+C) to end the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await sandbox.close();
}
