import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import {
  addButton,
  attachedMeetingId,
  buttonText,
  GOOGLE,
  hash,
  recordMessages,
  zoomButton,
} from './calendar-kit';
import { type ExtensionBrowser } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// The calendar page is not trusted (docs/DESIGN.md): its scripts run beside the content script and
// can click anything they can reach. A main-world script on the Google replica tries every way to
// press "Add" and "Remove" — click(), dispatched mouse and keyboard events, and a patched
// attachShadow to grab the button's shadow root — and nothing reaches the provider; a person's
// (trusted) click still works.

type Stolen = { __stolenRoots: ShadowRoot[] };

/** Every way a page script has to press the control; returns what it could see of it. */
const pressFromThePage = (page: Page, label: string) =>
  page.evaluate((label) => {
    const host = document.querySelector<HTMLElement>('[data-zoom-meeting-button]')!;
    const stolen = (window as unknown as Stolen).__stolenRoots;
    const targets: Element[] = [host];
    for (const root of [host.shadowRoot, ...stolen]) {
      if (root) targets.push(...[...root.querySelectorAll('button')].filter((b) => b.textContent === label));
    }
    // What a click at the button's place hits, from the page's side: the host (retargeted).
    const box = host.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 10, box.top + box.height / 2);
    if (hit) targets.push(hit);
    for (const target of targets) {
      (target as HTMLElement).click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      for (const type of ['keydown', 'keyup'])
        target.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
    }
    host.focus();
    return { shadowRoot: host.shadowRoot !== null, stolen: stolen.length, hit: hit === host };
  }, label);

describe('the page cannot press the calendar button (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars({ [GOOGLE]: 'google-calendar.html' }));
  });
  afterAll(() => closeAll(browser, sandbox));

  const creates = () =>
    sandbox.requests().filter((r) => r.method === 'POST' && /\/users\/me\/meetings$/.test(r.path));
  const deletes = () => sandbox.requests().filter((r) => r.method === 'DELETE');

  it('untrusted clicks, keys and a grabbed shadow root press neither Add nor Remove; a person still can', async () => {
    const page = await browser.context.newPage();
    // Before any script of the page or the extension: the page tries to keep every shadow root open.
    await page.addInitScript(() => {
      const stolen: ShadowRoot[] = [];
      (window as unknown as Stolen).__stolenRoots = stolen;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, { ...init, mode: 'open' });
        stolen.push(root);
        return root;
      };
    });
    const messages = await recordMessages(browser);
    const sentBefore = (await messages()).length;
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit/evtPage${hash({
        id: 'evtPage',
        title: 'Nobody asked for this',
        start: '2027-05-04T10:00',
        end: '2027-05-04T11:00',
        timeZone: 'America/New_York',
      })}`,
    );
    await addButton(page).waitFor();
    const idle = await buttonText(page);
    const createsBefore = creates().length;

    const seen = await pressFromThePage(page, 'Add Zoom meeting');
    // The page saw a host and nothing inside it: the root is closed, and its own attachShadow is
    // not the one the extension's isolated world calls.
    expect(seen).toEqual({ shadowRoot: false, stolen: 0, hit: true });
    // A person's click goes through the same queue: had the page's presses counted, theirs would
    // have made a meeting first.
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    const attaches = (await messages()).slice(sentBefore).filter((m) => m.type === 'meeting.attach');
    expect(attaches).toHaveLength(1);
    expect(creates().length).toBe(createsBefore + 1);
    expect(idle).toBe('Add Zoom meeting');

    const attached = await buttonText(page);
    expect(await pressFromThePage(page, 'Remove Zoom meeting')).toMatchObject({
      shadowRoot: false,
      stolen: 0,
    });
    // Give a press that got through every chance to reach the sandbox before looking.
    await page.waitForTimeout(1000);
    expect(deletes()).toHaveLength(0);
    expect(sandbox.state.meetings.some((m) => String(m.id) === id)).toBe(true);
    expect(await buttonText(page)).toBe(attached);
    expect((await messages()).slice(sentBefore).some((m) => m.type === 'meeting.remove')).toBe(false);

    // The person removes it: one delete, for this meeting.
    await zoomButton(page, 'Remove Zoom meeting').click();
    await addButton(page).waitFor();
    expect(deletes().map((r) => r.path)).toEqual([expect.stringContaining(`/meetings/${id}`)]);
    await page.close();
  });
});
