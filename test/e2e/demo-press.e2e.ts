import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pressButton, waitForButton, waitForText } from '../../scripts/demo/press';
import { BROWSER_FLAGS, chromePath } from './harness';

// The demo presses the calendar button as a person does (scripts/demo/press.ts): found through the
// accessibility tree, clicked with the real mouse. Here on a page of its own, with buttons in an open
// and in a CLOSED shadow root that count only trusted clicks, as the calendar button does.

/** Two hosts, one per root mode, each with a button that counts trusted clicks and a status line. */
const PAGE = `<!doctype html><html><body>
<div id="open-host"></div><div style="height: 1500px"></div><div id="closed-host"></div>
<script>
  window.pressed = { open: 0, closed: 0, untrusted: 0 };
  for (const mode of ['open', 'closed']) {
    const root = document.getElementById(mode + '-host').attachShadow({ mode });
    const button = document.createElement('button');
    button.textContent = 'Add Zoom meeting';
    button.id = mode;
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return void window.pressed.untrusted++;
      window.pressed[mode]++;
      status.textContent = 'Zoom meeting 8' + mode.length + '00';
    });
    root.append(button, status);
    if (mode === 'closed') {
      // Enabled a beat later, as the real button is while the providers load.
      button.disabled = true;
      setTimeout(() => (button.disabled = false), 300);
    }
  }
</script></body></html>`;

describe('pressing a button through the accessibility tree (the demo)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromePath(), args: BROWSER_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    await page.setContent(PAGE);
  });
  const pressed = () =>
    page.evaluate(() => (window as unknown as { pressed: Record<string, number> }).pressed);

  it('presses the button in a closed root with a trusted click, once it is enabled and scrolled in', async () => {
    // The closed host sits below the fold; the open one, with the same name, is removed first.
    await page.evaluate(() => document.getElementById('open-host')!.remove());
    await pressButton(page, 'Add Zoom meeting');
    expect(await pressed()).toEqual({ open: 0, closed: 1, untrusted: 0 });
    // The status line inside the closed root is read through the protocol too.
    expect(await waitForText(page, 'status', /^Zoom meeting \d+$/)).toBe('Zoom meeting 8600');
  });

  it('presses a button in an open root the same way', async () => {
    await pressButton(page, 'Add Zoom meeting');
    expect(await pressed()).toEqual({ open: 1, closed: 0, untrusted: 0 });
    expect(await waitForText(page, 'status', /^Zoom meeting/)).toBe('Zoom meeting 8400');
  });

  it('names the button it could not find', async () => {
    await waitForButton(page, 'Add Zoom meeting');
    await expect(pressButton(page, 'Add Webex meeting', 300)).rejects.toThrow(
      'Timed out after 300 ms waiting for an enabled button named Add Webex meeting',
    );
    await expect(waitForText(page, 'status', /^Webex/, 300)).rejects.toThrow(/a status reading/);
    expect(await pressed()).toEqual({ open: 0, closed: 0, untrusted: 0 });
  });
});
