import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { addButton, attachedMeetingId, GOOGLE, hash, OUTLOOK, pageModel, zoomButton } from './calendar-kit';
import { type ExtensionBrowser, ROOT } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// The person's description is never damaged (docs/CALENDAR-DOM.md, "Writing into fields"): in real
// Chromium, with the browser's own editing commands, the invitation goes in at the end and comes
// out again node by node; a link and bold text the person wrote stay the very same nodes, and
// removing the meeting gives the description's original DOM back. The descriptions are set up here
// with DOM calls (the fixtures belong to the pages' own tests).

type Kept = { __kept: { box: HTMLElement; original: Node; nodes: Node[]; clones: Node[] } };

/**
 * Gives the page's description box (the last match: Outlook's attendee field is a textbox too, and
 * comes first) a link and bold text, as the person typed them, and keeps a copy.
 */
const writeRichDescription = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const box = [...document.querySelectorAll<HTMLElement>(selector)].at(-1)!;
    const line = (...parts: (Node | string)[]) => {
      const div = document.createElement('div');
      div.append(...parts);
      return div;
    };
    const link = document.createElement('a');
    link.href = 'https://docs.example/plan';
    link.textContent = 'the plan';
    const bold = document.createElement('b');
    bold.textContent = 'Bring';
    box.replaceChildren(line('Agenda: ', link), line(bold, ' slides'), line(document.createElement('br')));
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    const nodes = [...box.childNodes];
    (window as unknown as Kept).__kept = {
      box,
      original: box.cloneNode(true),
      nodes,
      clones: nodes.map((n) => n.cloneNode(true)),
    };
  }, selector);

/** Whether the person's nodes are still the same objects, unchanged, at the start of the box. */
const personNodesIntact = (page: Page) =>
  page.evaluate(() => {
    const { box, nodes, clones } = (window as unknown as Kept).__kept;
    return nodes.every((n, i) => box.childNodes[i] === n && n.isEqualNode(clones[i]!));
  });
const originalBack = (page: Page) =>
  page.evaluate(() => {
    const { box, original } = (window as unknown as Kept).__kept;
    return box.isEqualNode(original);
  });

describe('the description, edited in place in real Chromium', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;
  let blockModule: string;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars({
      [GOOGLE]: 'google-calendar.html',
      [OUTLOOK]: 'outlook.html',
    }));
    blockModule = buildSync({
      stdin: {
        contents: "export * from './lib/calendar/dom/rich-text-block';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__block',
      write: false,
    }).outputFiles[0]!.text;
  });
  afterAll(() => closeAll(browser, sandbox));

  it('Google full editor: attach keeps the link and bold text, remove gives the original DOM back', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: 'Design review',
        start: '2027-06-01T10:00',
        end: '2027-06-01T11:00',
        timeZone: 'America/New_York',
      })}`,
    );
    await addButton(page).waitFor();
    await writeRichDescription(page, '#xDescIn [contenteditable="true"]');
    const original = (await pageModel(page)).description;
    expect(original).toBe('Agenda: the plan\nBring slides\n');

    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(await personNodesIntact(page)).toBe(true);
    const model = await pageModel(page);
    expect(model.description.startsWith(`${original}\n`)).toBe(true);
    expect(model.description).toContain('[zoom-invitation]');
    expect(model.description).toContain(`/j/${id}`);
    expect(model.location).toContain(`/j/${id}`);

    await zoomButton(page, 'Remove Zoom meeting').click();
    await addButton(page).waitFor();
    expect(await originalBack(page)).toBe(true);
    expect(await pageModel(page)).toMatchObject({ description: original, location: '' });
    await page.close();
  });

  // The module itself, run in the page on both replicas' boxes: the browser's editing commands
  // (insertParagraph, insertText, delete) on a selection collapsed at the end.
  for (const [site, url, selector] of [
    ['Google', `${GOOGLE}/calendar/r/eventedit`, '#xDescIn [contenteditable="true"]'],
    ['Outlook', `${OUTLOOK}/calendar/deeplink/compose`, 'div[role="textbox"][contenteditable="true"]'],
  ] as const) {
    it(`${site}: insert at the end, replace and remove only the block's nodes, heard by the page`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      await addButton(page).waitFor();
      await page.addScriptTag({ content: blockModule });
      await writeRichDescription(page, selector);
      const original = (await pageModel(page)).description;
      const run = (fn: 'upsertBlock' | 'removeBlock', invitation?: string) =>
        page.evaluate(
          ([fn, invitation]) => {
            const api = (
              window as unknown as { __block: Record<string, (b: HTMLElement, i?: string) => void> }
            ).__block;
            api[fn!]!((window as unknown as Kept).__kept.box, invitation);
          },
          [fn, invitation],
        );
      await run('upsertBlock', 'Join: https://zoom.us/j/1\n\nMeeting ID: 1');
      expect(await personNodesIntact(page)).toBe(true);
      // Not bold: the block does not take on the style of the line it follows.
      expect(
        await page.evaluate(() =>
          (window as unknown as Kept).__kept.box.lastElementChild!.querySelector('b'),
        ),
      ).toBeNull();
      await run('upsertBlock', 'Join: https://zoom.us/j/1\n\nMeeting ID: 1\nTime: 11:00');
      expect(await personNodesIntact(page)).toBe(true);
      expect((await pageModel(page)).description).toContain('Time: 11:00');
      await run('removeBlock');
      expect(await originalBack(page)).toBe(true);
      expect((await pageModel(page)).description).toBe(original);
      await page.close();
    });
  }
});
