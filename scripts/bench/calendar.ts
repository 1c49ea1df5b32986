import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_FLAGS, chromePath, launchExtension, serveFixtureAt } from '../../test/e2e/harness';

const SITES = [
  {
    name: 'google-calendar',
    origin: 'https://calendar.google.com',
    path: '/calendar/r',
    open: 'openQuickAdd',
    close: 'closeQuickAdd',
  },
  {
    name: 'outlook',
    origin: 'https://outlook.office.com',
    path: '/calendar/view/week',
    open: 'openDialog',
    close: 'closeDialog',
  },
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// tsx compiles with esbuild's keepNames, which wraps functions passed to page.evaluate in a
// `__name` helper the page does not have.
const defineNameHelper = (context: BrowserContext) => context.addInitScript('window.__name = (f) => f');

/** Time from the page opening its editor to the button being in the DOM, measured inside the page. */
async function editorToButton(context: BrowserContext, site: (typeof SITES)[number], runs: number) {
  const page = await context.newPage();
  await page.goto(`${site.origin}${site.path}`);
  await page.waitForFunction(() => 'open' in ((window as { __fixture?: object }).__fixture ?? {}));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(
        ({ open, close }) =>
          new Promise<number>((resolve) => {
            const fixture = (window as unknown as { __fixture: Record<string, () => void> }).__fixture;
            const shown = () =>
              [...document.querySelectorAll('[data-zoom-meeting-button]')].some((b) => b.isConnected);
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              const elapsed = performance.now() - t0;
              fixture[close]!();
              setTimeout(() => resolve(elapsed), 50);
            });
            observer.observe(document.body, { childList: true, subtree: true });
            fixture[open]!();
          }),
        { open: site.open, close: site.close },
      ),
    );
  }
  await page.close();
  return median(times);
}

/** Main-thread task time while the page churns its own DOM with no editor open (CDP metrics). */
async function idleChurnTaskMs(context: BrowserContext, site: (typeof SITES)[number]) {
  const page = await context.newPage();
  await page.goto(`${site.origin}${site.path}`);
  await page.waitForFunction(() => 'open' in ((window as { __fixture?: object }).__fixture ?? {}));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) *
    1000;
  const before = await taskDuration();
  await page.evaluate(async () => {
    // A calendar grid re-rendering: 2,000 mutations in batches, as scrolling through weeks does.
    const host = document.createElement('div');
    document.body.append(host);
    for (let batch = 0; batch < 40; batch++) {
      for (let i = 0; i < 50; i++) {
        const cell = document.createElement('div');
        cell.setAttribute('role', 'gridcell');
        cell.textContent = `event ${batch}-${i}`;
        host.append(cell);
      }
      host.firstElementChild?.setAttribute('style', `color: rgb(${batch}, 0, 0)`);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    host.remove();
  });
  const spent = (await taskDuration()) - before;
  await page.close();
  return spent;
}

/** The same Chromium and flags as launchExtension, without the extension: the baseline. */
async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    headless: true,
    args: BROWSER_FLAGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Idle churn runs per site, alternating with and without the extension so the machine's load falls on both. */
const IDLE_RUNS = 9;

export async function benchCalendar(runs = 15) {
  const rows = [];
  const ext = await launchExtension();
  const bare = await launchWithoutExtension();
  try {
    await defineNameHelper(ext.context);
    await defineNameHelper(bare.context);
    for (const site of SITES) {
      await serveFixtureAt(ext.context, site.origin, `${site.name}.html`);
      await serveFixtureAt(bare.context, site.origin, `${site.name}.html`);
      const buttonMs = await editorToButton(ext.context, site, runs);
      const withExt: number[] = [];
      const withoutExt: number[] = [];
      for (let i = 0; i < IDLE_RUNS; i++) {
        withExt.push(await idleChurnTaskMs(ext.context, site));
        withoutExt.push(await idleChurnTaskMs(bare.context, site));
      }
      rows.push({
        site: site.name,
        editorToButtonMs: buttonMs,
        idleChurnMsWith: median(withExt),
        idleChurnMsWithout: median(withoutExt),
        ratio: median(withExt) / median(withoutExt),
      });
    }
  } finally {
    await ext.close();
    await bare.close();
  }
  return rows;
}
