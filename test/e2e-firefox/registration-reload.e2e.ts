import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { type CorsFreeGate, startCorsFreeGate } from './cors-free-gate';
import { type FirefoxExtension, launchFirefox } from './harness';
import { isGone, press, screenshot, textOf, typeInto, waitUntil } from './page-actions';
import { signIn, startFirefoxSandbox } from './zoom-sign-in';

/** A seeded meeting that approves registrants at once (test/sandbox/seed.json). */
const MEETING = '81000000002';
const people = (n: number) => Array.from({ length: n }, (_, i) => `Person ${i} <person${i}@example.org>`);

/** The newest job's state as its card on the registrants page shows it. */
const jobState = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-testid="job"]')?.getAttribute('data-state') ?? null);

describe('a registration job in Firefox (sandbox)', () => {
  let sandbox: Sandbox;
  let gate: CorsFreeGate;
  let extension: FirefoxExtension;
  let onBatch: ((index: number) => Promise<void>) | undefined;

  beforeAll(async () => {
    sandbox = await startFirefoxSandbox();
    let batches = 0;
    gate = await startCorsFreeGate(sandbox.url, async (call) => {
      if (call.method === 'POST' && call.path.endsWith('/batch_registrants')) await onBatch?.(batches++);
    });
    extension = await launchFirefox();
    await (await signIn(extension, gate.url)).close();
  });
  afterAll(async () => {
    await extension?.close();
    await gate?.close();
    await sandbox?.close();
  });

  it('95 people from the registrants page; the background reloaded mid-run; everyone registered once', async () => {
    const lines = people(95);
    const page = await extension.open(`registrants.html?meeting=${MEETING}`);
    await typeInto(page, '::-p-aria(People[role="textbox"])', lines.join('\n'));
    await press(page, '::-p-aria(Preview[role="button"])');
    await expect.poll(() => textOf(page, '[data-testid="count-calls"]'), { timeout: 20_000 }).toBe('4');
    expect(await textOf(page, '[data-testid="count-new"]')).toBe('95');
    await screenshot(page, 'registration-preview-95');

    // Mark this background instance, so the one after the reload can be told apart from it.
    await page.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { __instance?: string };
      background.__instance = 'before-reload';
    });
    // The second batch is held at the gate while the extension reloads, then reaches Zoom: those 30
    // are registered and nobody hears the answer, so the job finds that chunk "in flight".
    let reloaded = false;
    onBatch = async (index) => {
      if (index !== 1) return;
      await page.evaluate(() => void browser.runtime.reload()).catch(() => undefined);
      await waitUntil(
        "the extension's tabs to close",
        () => isGone(page),
        (gone) => gone,
      );
      reloaded = true;
    };
    await press(page, '::-p-aria(Register 95 people[role="button"])');
    await expect.poll(() => reloaded, { timeout: 30_000 }).toBe(true);
    onBatch = undefined;

    // The person opens the registrants page again; the new background has taken the job up.
    const again = await extension.open('registrants.html');
    await expect.poll(async () => jobState(again), { timeout: 45_000, interval: 500 }).toBe('done');
    const instance = await again.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { __instance?: string };
      return background.__instance ?? 'new';
    });
    expect(instance).toBe('new');
    await screenshot(again, 'registration-after-reload');

    const registered = new Map<string, number>();
    for (const r of sandbox.state.meetings.find((m) => String(m.id) === MEETING)!.registrants)
      registered.set(r.email, (registered.get(r.email) ?? 0) + 1);
    const wrong = lines.map((l) => /<(.*)>/.exec(l)![1]!).filter((e) => registered.get(e) !== 1);
    expect(wrong).toEqual([]);
    // Nobody was sent twice: the batches carried each person once, at most 30 a call.
    expect(gate.batchSizes().reduce((a, b) => a + b, 0)).toBe(95);
    expect(gate.batchSizes().every((size) => size <= 30)).toBe(true);
    // Session storage died with the old background: the sign-in's code exchange, then one refresh.
    expect(gate.calls.filter((c) => c.path === '/oauth/token').length).toBe(2);
  });
});
