import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxExtension, launchFirefox } from './harness';
import { waitUntil } from './page-actions';

// The popup's first screen is a classic script built without the webextension polyfill
// (entrypoints/popup-first-screen.ts): in Firefox it reads the cache through the native `browser.*`,
// draws the rows, then loads the page's module bundle, which takes over.
const rows = [
  {
    provider: 'zoom',
    id: '81000000001',
    kind: 'meeting',
    topic: 'Weekly team sync',
    startTime: '2030-03-04T10:00:00Z',
    durationMinutes: 30,
    joinUrl: 'https://zoom.us/j/81000000001',
  },
];

describe("the popup's first screen in Firefox", () => {
  let extension: FirefoxExtension;
  beforeAll(async () => {
    extension = await launchFirefox();
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('draws the cached rows, then hands them to the full popup', async () => {
    const setup = await extension.open('popup.html');
    await setup.evaluate(
      (items) =>
        browser.storage.local.set({
          upcomingCache: { userId: 'u1', fetchedAt: Date.now(), items },
          upcomingCache$: { v: 2 },
          zoomProfile: {
            userId: 'u1',
            displayName: 'Sandy Host',
            email: 'host@example.org',
            accountType: 'licensed',
            accountId: 'acc',
          },
        }),
      rows,
    );
    await setup.close();

    const popup = await extension.open('popup.html');
    // What the first screen drew, as it handed it over (entrypoints/popup/first-screen-handoff.ts).
    const drawn = await popup.evaluate(
      () => (window as unknown as { popupFirstScreen: Promise<unknown> }).popupFirstScreen,
    );
    expect(drawn).toEqual(rows);
    // The full popup (React) is in: its tabs switch, which the first screen's do not.
    await popup.click('#tab-summaries');
    await waitUntil(
      'the Summaries tab to be selected',
      () => popup.evaluate(() => document.querySelector('#tab-summaries')?.getAttribute('aria-selected')),
      (selected) => selected === 'true',
    );
    await popup.close();
  });
});
