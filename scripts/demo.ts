// `npm run demo`: the built extension in Chromium with a fresh profile. Headed when a display
// exists (a person tries it); headless otherwise, walking through what exists and saving screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionUrl, launchExtension, ROOT, serveFixtureAt } from '../test/e2e/harness';

const live = process.argv.includes('--live');
const headless = !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-screenshots');

const browser = await launchExtension({ headless });
const { context } = browser;
if (!live) {
  // No internet here: the calendar replicas answer at the real addresses, so the real match patterns apply.
  await serveFixtureAt(context, 'https://calendar.google.com', 'google-calendar.html');
  await serveFixtureAt(context, 'https://outlook.office.com', 'outlook.html');
}

const pages = [
  ['popup', extensionUrl(browser, 'popup.html')],
  ['options', extensionUrl(browser, 'options.html')],
  ['google-calendar', 'https://calendar.google.com/calendar/r/eventedit'],
  ['outlook', 'https://outlook.office.com/calendar/deeplink/compose'],
] as const;

if (headless) {
  mkdirSync(outDir, { recursive: true });
  for (const [name, url] of pages) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`${name}: ${path}`);
    await page.close();
  }
  await browser.close();
  console.log(`No display: walked the demo headless. Screenshots are in ${outDir}`);
} else {
  for (const [, url] of pages) await (await context.newPage()).goto(url);
  console.log('Chromium is open with the extension loaded. Close the window to end the demo.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await browser.close();
}
