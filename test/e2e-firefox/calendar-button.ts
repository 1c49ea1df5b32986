import type { Page } from 'puppeteer-core';
import { OWN_NODE_ATTR } from '../../lib/calendar/dom/watch-editors';
import { waitUntil } from './page-actions';

// The meeting button lives in a shadow root the page cannot open, and neither can a test that acts
// as a person: it is found and pressed from outside, by keyboard focus and by its place on screen.

const HOST = `[${OWN_NODE_ATTR}]`;

/** Tabs through the page from the top; true when focus lands inside the button's host. */
async function tabReachesButton(page: Page, maxStops = 60): Promise<boolean> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(
      (host) => (document.activeElement?.matches(host) ? 'button' : document.activeElement?.tagName),
      HOST,
    );
    if (where === 'button') return true;
    // Focus left the page for the browser's own UI: a full round without reaching the button.
    if (stop > 0 && where === 'BODY') return false;
  }
  return false;
}

/**
 * Presses the calendar's first meeting button (the default provider's) with a real mouse click.
 * It is pressable once the background has said which accounts are connected (before that it is
 * disabled, and Tab skips it), so the click waits until keyboard focus can reach it; the click
 * then lands at the start of the button's row, where the first button sits.
 */
export async function pressMeetingButton(page: Page): Promise<void> {
  await page.waitForSelector(HOST, { timeout: 20_000 });
  await waitUntil('the meeting button to take keyboard focus', () => tabReachesButton(page), Boolean);
  const box = await page.evaluate((host) => {
    const rect = document.querySelector(host)!.getBoundingClientRect();
    return { x: rect.left, y: rect.top, height: rect.height };
  }, HOST);
  await page.mouse.click(box.x + 8, box.y + Math.min(box.height, 32) / 2);
}
