import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './harness';

// What a test does in a page, as a person would (real clicks, text entered through the editor), and
// how it waits: in the page's own script realm, which works on Firefox 140 ESR as on newer releases.

const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');

/** The text of the first element matching `selector`, or null while there is none. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `firefox-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Polls `read` until `done` accepts its value (helpers run in hooks too, where expect.poll cannot);
 * the error names what was awaited and what was last seen.
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeout = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited ${timeout} ms for ${what}; last seen: ${JSON.stringify(last)}`);
}

/**
 * Clicks what `selector` finds, with a real mouse click, once it is there and enabled. (puppeteer's
 * Locator actions wait for "enabled" through a script realm Firefox 140 does not give extension
 * pages, so they never act there; the checks are made here in the page's own realm instead.)
 */
export async function press(page: Page, selector: string): Promise<void> {
  const handle = await page.locator(selector).setTimeout(20_000).waitHandle();
  await waitUntil(
    `${selector} to be enabled`,
    () => handle.evaluate((el) => !(el as HTMLButtonElement).disabled),
    Boolean,
  );
  await handle.click();
}

/**
 * Replaces the text of the field `selector` finds with `text`, as a paste would: a real click puts
 * the caret there, then the editor replaces the field's text (an `input` event, which React hears;
 * setting `.value` it would not). Key by key over BiDi would take seconds for 95 people. The field
 * itself is focused and selected, not whatever the click left focused: a click near a label or a
 * `<summary>` can leave focus elsewhere, and the text must land in this field or nowhere.
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await press(page, selector);
  const handle = await page.locator(selector).setTimeout(20_000).waitHandle();
  const typed = await handle.evaluate((el, value) => {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return `a <${el.tagName}>`;
    el.focus();
    el.select();
    document.execCommand('insertText', false, value);
    return el.value === value ? 'ok' : `the field holds ${JSON.stringify(el.value.slice(0, 80))}`;
  }, text);
  if (typed !== 'ok') throw new Error(`Could not type into ${selector}: ${typed}`);
}

/**
 * Whether the tab is gone. Firefox closes an extension's tabs when the extension reloads but tells
 * BiDi nothing puppeteer turns into `page.isClosed()`, so this asks the tab itself.
 */
export const isGone = (page: Page) =>
  page
    .evaluate(() => true)
    .then(
      () => false,
      () => true,
    );
