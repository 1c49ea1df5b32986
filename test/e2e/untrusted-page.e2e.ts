import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import {
  addButton,
  attachedMeetingId,
  buttonAlert,
  type FixtureEvent,
  GOOGLE,
  hash,
  pageModel,
  zoomButton,
} from './calendar-kit';
import { type ExtensionBrowser, extensionUrl } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// The calendar page is not trusted: a script in its main world (here `page.evaluate`, as any
// script of the site or injected into it could) tries to drive the extension, and nothing happens
// at the provider. The sandbox's request log and state are the witness.

/** A seed meeting with four registrants: what a forged "cancel everyone" panel would go after. */
const SEEDED = '81000000002';
const EVENT: FixtureEvent = { start: '2027-06-01T10:00', end: '2027-06-01T11:00', timeZone: 'Europe/Paris' };

describe('a calendar page cannot drive the extension (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars({ [GOOGLE]: 'google-calendar.html' }));
  });
  afterAll(() => closeAll(browser, sandbox));

  /** Requests that would register, approve, deny or cancel anyone, or delete a meeting. */
  const changes = () =>
    sandbox
      .requests()
      .filter((r) => r.method !== 'GET' && /registrants|\/meetings\/\d+$/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
  const registrantsOf = (id: string) =>
    sandbox.state.meetings.find((m) => String(m.id) === id)!.registrants.map((r) => `${r.email}:${r.status}`);

  async function openEvent(path: string, event: FixtureEvent): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r/eventedit${path}${hash({ ...EVENT, ...event })}`);
    return page;
  }

  it('a panel framed with a forged address shows nothing to click, and nothing is registered or cancelled', async () => {
    const before = registrantsOf(SEEDED);
    const page = await openEvent('', { title: 'Anything' });
    await addButton(page).waitFor();
    const forged = [
      `#meeting=${SEEDED}&guests=${encodeURIComponent(JSON.stringify([{ email: 'outsider@evil.example' }]))}`,
      `#meeting=${SEEDED}&guests=[]`,
    ];
    for (const fragment of forged) {
      const url = `${extensionUrl(browser, 'panel.html')}${fragment}`;
      // The page's own script: a frame at 1 % opacity over something the person would click.
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'position:fixed;top:0;left:0;width:600px;height:600px;opacity:0.01';
        document.body.append(frame);
      }, url);
    }
    const framed = () => page.frames().filter((f) => f !== page.mainFrame());
    await expect.poll(() => framed().length).toBe(2);
    await page.waitForTimeout(1_000);
    for (const frame of framed()) {
      // Blocked outright at the static address (use_dynamic_url); had it loaded, it would wait for a
      // ticket that never comes. Either way: no button to press.
      const buttons = frame.getByRole('button');
      for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click({ force: true });
      expect(await frame.getByRole('button', { name: /Register|Cancel/ }).count()).toBe(0);
    }
    expect(changes()).toEqual([]);
    expect(registrantsOf(SEEDED)).toEqual(before);
  });

  it('the panel page itself takes nothing from its address: opened with a forged fragment, it shows no meeting', async () => {
    const before = registrantsOf(SEEDED);
    const page = await browser.context.newPage();
    await page.goto(`${extensionUrl(browser, 'panel.html')}#meeting=${SEEDED}&guests=[]`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'opened without a meeting' })
      .waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button').count()).toBe(0);
    expect(sandbox.requests().some((r) => r.path.includes(SEEDED))).toBe(false);
    expect(registrantsOf(SEEDED)).toEqual(before);
    await page.close();
  });

  it('another event’s join link in the location does not let the page remove that meeting', async () => {
    // The person's own event A, with its meeting.
    const own = await openEvent('/evtA', { id: 'evtA', title: 'Board meeting' });
    await addButton(own).click();
    const id = await attachedMeetingId(own);
    // The join link the button wrote into A's location.
    const joinUrl = (await pageModel(own)).location;
    expect(joinUrl).toContain(`/j/${id}`);
    await own.close();

    // Event B carries A's join link (pasted by the page, or copied by a person).
    const page = await browser.context.newPage();
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit/evtB${hash({ ...EVENT, id: 'evtB', title: 'Not the board', location: joinUrl })}`,
    );
    // The button offers the link to the person, naming the meeting; declined, B stays unlinked.
    await expect.poll(() => asked.length, { timeout: 20_000 }).toBe(1);
    expect(asked[0]).toContain(`(${id})`);
    await addButton(page).waitFor();

    // Everything the page's own script can try: the extension's messaging is not there for it,
    // and messages posted to the window reach nothing that acts.
    const attempts = await page.evaluate(
      async ([extensionId, meetingId]) => {
        const tried: string[] = [];
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        try {
          await (runtime?.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extensionId!, {
            type: 'meeting.remove',
            payload: { event: { site: 'google', id: 'evtA' } },
          });
          tried.push('sendMessage answered');
        } catch (error) {
          tried.push(`sendMessage: ${String(error).slice(0, 60)}`);
        }
        for (const payload of [{ meetingId }, { event: { site: 'google', id: 'evtA' } }]) {
          window.postMessage({ type: 'meeting.remove', payload }, '*');
        }
        return tried;
      },
      [browser.extensionId, id],
    );
    expect(attempts).not.toContain('sendMessage answered');
    // No Remove to press on B: it is not linked to A's meeting.
    expect(await zoomButton(page, 'Remove Zoom meeting').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(sandbox.state.meetings.some((m) => String(m.id) === id)).toBe(true);
    expect(changes().filter((c) => c.startsWith('DELETE'))).toEqual([]);
  });

  it('Remove on an event deletes only that event’s own meeting, whatever the page did to its location or address', async () => {
    const other = await openEvent('/evtX', { id: 'evtX', title: 'Someone else’s' });
    await addButton(other).click();
    const otherId = await attachedMeetingId(other);
    const otherLink = (await pageModel(other)).location;
    await other.close();

    const page = await openEvent('/evtC', { id: 'evtC', title: 'Mine' });
    await addButton(page).click();
    const mine = await attachedMeetingId(page);
    // The page's script puts the other event's link in the location, as a person's typing would …
    await page.evaluate((link) => {
      const input = document.querySelector<HTMLInputElement>('#xLocIn input[role="combobox"]')!;
      input.value = link;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, otherLink);
    // … and makes the address name the other event, then the person presses Remove.
    await page.evaluate(() => history.pushState({}, '', '/calendar/r/eventedit/evtX'));
    await zoomButton(page, 'Remove Zoom meeting').click();
    await buttonAlert(page, /Meeting not removed/);
    expect(sandbox.state.meetings.some((m) => String(m.id) === otherId)).toBe(true);
    expect(sandbox.state.meetings.some((m) => String(m.id) === mine)).toBe(true);

    // Back at its own address, Remove removes this event's meeting, and only that one.
    await page.evaluate(() => history.pushState({}, '', '/calendar/r/eventedit/evtC'));
    await zoomButton(page, 'Remove Zoom meeting').click();
    await addButton(page).waitFor();
    expect(sandbox.state.meetings.some((m) => String(m.id) === mine)).toBe(false);
    expect(sandbox.state.meetings.some((m) => String(m.id) === otherId)).toBe(true);
  });

  it('an event opened inside the page (pushState to /eventedit/<id>) is still the tab’s event: it attaches', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r${hash({ ...EVENT, id: 'evtS', title: 'Opened from the grid' })}`);
    await page.locator('[data-eventid="evtS"]').click();
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(sandbox.state.meetings.some((m) => String(m.id) === id)).toBe(true);
  });

  it('a content script cannot read the refresh token from storage', async () => {
    // The grant is there, in the background's storage.local.
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).toContain('refreshToken');

    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const isolated: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      // The content scripts' world in the calendar page: Chrome names it by the extension's origin.
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated' && context.origin === `chrome-extension://${browser.extensionId}`)
        isolated.push(context.id);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      isolated.splice(
        isolated.indexOf(executionContextId) >>> 0,
        isolated.includes(executionContextId) ? 1 : 0,
      );
    });
    await cdp.send('Runtime.enable');
    await page.goto(`${GOOGLE}/calendar/r/eventedit${hash({ ...EVENT, title: 'Storage probe' })}`);
    await addButton(page).waitFor();
    await expect.poll(() => isolated.length).toBeGreaterThan(0);

    const probe = async (expression: string) => {
      const results: string[] = [];
      for (const contextId of isolated) {
        const reply = await cdp.send('Runtime.evaluate', {
          expression,
          contextId,
          awaitPromise: true,
          returnByValue: true,
        });
        results.push(String(reply.result.value ?? reply.exceptionDetails?.exception?.description ?? ''));
      }
      return results.join('\n');
    };
    // The content script's world: it has the extension's runtime …
    expect(await probe('chrome.runtime.id')).toContain(browser.extensionId);
    // … but storage.local gives it nothing.
    const seen = await probe(
      'chrome.storage.local.get(null).then((v) => JSON.stringify(v), (e) => "refused: " + e.message)',
    );
    expect(seen).not.toContain('refreshToken');
    expect(seen).toMatch(/refused|not allowed/i);
  });
});
