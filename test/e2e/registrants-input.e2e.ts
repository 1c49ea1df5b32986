import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { seriousViolations } from './axe';
import { type ExtensionBrowser, launchExtension, screenshot } from './harness';
import { jobState, MEETING, openRegistrants, pasteAndPreview } from './registration-kit';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from './sandbox-connection';

/** 12 lines as a host writes them: commas in names, a formula, an accented address, a typo. */
const LINES = [
  '"Doe, Jane" <jane.doe@example.org>',
  'Jane Doe, PhD <jane.phd@example.org>',
  'Lovelace, Ada <ada@example.org>, grace@example.org',
  '+SUM(1,2)',
  'René <rene@exämple.de>',
  'renée@exämple.de',
  'bad@',
  'ADA@example.org',
  'alan@example.org; Linus Torvalds <linus@example.org>',
];
/** People the lines name, counting each piece of a line: 11. */
const ENTRIES = 11;

const registrantsOf = (sandbox: Sandbox) =>
  sandbox.state.meetings.find((m) => String(m.id) === MEETING.auto)!.registrants;

/** Runs the previewed list and waits for its job (the newest, listed first) to finish. */
async function register(page: Page, people: number) {
  const before = await page.getByTestId('job').count();
  await page.getByRole('button', { name: `Register ${people} people` }).click();
  await expect.poll(() => page.getByTestId('job').count(), { timeout: 10_000 }).toBe(before + 1);
  await expect.poll(() => jobState(page), { timeout: 30_000 }).toBe('done');
}

describe('the registrants page never misleads (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(async () => {
    sandbox.reset();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    (await connectThroughOptions(browser)).close();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('names with commas, an accented domain, every line in the results and the export, messages that follow the job', async () => {
    const page = await openRegistrants(browser!, `?meeting=${MEETING.auto}`);
    await pasteAndPreview(page, LINES);
    expect(await page.getByTestId('count-read').textContent()).toBe(String(ENTRIES));
    expect(await page.getByTestId('count-new').textContent()).toBe('7');
    expect(await page.getByTestId('count-invalid').textContent()).toBe('3');
    expect(await page.getByTestId('count-duplicates').textContent()).toBe('1');
    const invalid = page.getByRole('table', { name: 'Lines that will not be sent' });
    expect(await invalid.textContent()).toContain('Zoom accepts only ASCII e-mail addresses');
    expect(await invalid.textContent()).toContain('+SUM(1,2)');
    await screenshot(page, 'registrants-input-preview');

    await register(page, 7);
    expect(await page.getByTestId('job-started').count()).toBe(0);
    expect(await page.getByTestId('job-finished').textContent()).toMatch(/^Registration finished/);
    expect(await page.getByTestId('job-counts').textContent()).toBe(
      `7 registered, 0 failed, 0 to go, 1 skipped, 3 not valid (${ENTRIES} in all)`,
    );
    expect(await page.getByTestId('job-times').textContent()).toMatch(/^Started .+, finished .+$/);

    // At the provider: the names as written, and the domain in its ASCII form.
    const byEmail = new Map(registrantsOf(sandbox).map((r) => [r.email.toLowerCase(), r]));
    expect(byEmail.get('jane.doe@example.org')).toMatchObject({ first_name: 'Jane', last_name: 'Doe' });
    expect(byEmail.get('jane.phd@example.org')).toMatchObject({ first_name: 'Jane', last_name: 'Doe, PhD' });
    expect(byEmail.get('ada@example.org')).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace' });
    expect(byEmail.has('rene@xn--exmple-cua.de')).toBe(true);

    await page.getByRole('button', { name: 'Show results' }).click();
    const rows = page.locator('.results tbody tr');
    await expect.poll(() => rows.count()).toBe(ENTRIES);
    expect(await page.locator('.results tbody tr[data-outcome="invalid"]').count()).toBe(3);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(ENTRIES + 1);
    expect(csv.filter((row) => row.includes(',invalid,'))).toHaveLength(3);
    await screenshot(page, 'registrants-input-results');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('files: a rejected one clears the choice, a Latin-1 one is read and said so, and two runs are told apart', async () => {
    const page = await openRegistrants(browser!, `?meeting=${MEETING.auto}`);
    const file = page.getByLabel('Or upload a CSV file (with a header row)');
    const preview = page.getByRole('button', { name: 'Preview' });
    const latin1 = Buffer.from(
      'Email;First name;Last name\r\njuergen@example.de;Jürgen;Müller\r\n',
      'latin1',
    );
    await file.setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: latin1 });
    await page.getByTestId('csv-file').waitFor();

    await file.setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    });
    expect(await page.getByTestId('file-error').textContent()).toMatch(/^This is not a text file/);
    expect(await page.getByTestId('csv-file').count()).toBe(0);
    expect(await preview.isDisabled()).toBe(true);

    await file.setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: latin1 });
    expect(await page.getByTestId('csv-file').textContent()).toContain(
      'Read as Western European (Windows-1252): check the names.',
    );
    await preview.click();
    await page.getByTestId('input-notice').waitFor();
    expect(await page.getByTestId('sample').textContent()).toContain('Jürgen Müller');
    await screenshot(page, 'registrants-input-latin1');
    await register(page, 1);
    expect(registrantsOf(sandbox).find((r) => r.email === 'juergen@example.de')).toMatchObject({
      first_name: 'Jürgen',
      last_name: 'Müller',
    });

    // The same list again, to the same meeting: a second finished job with the same title. Jobs are
    // told apart by when they started, to the second, so the second one starts in a later second
    // (registration now finishes within the same second it started).
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await pasteAndPreview(page, ['someone.else@example.org']);
    await register(page, 1);
    const cards = page.getByTestId('job');
    await expect.poll(() => cards.count()).toBe(2);
    const labels = await cards.evaluateAll((all) => all.map((card) => card.getAttribute('aria-label')));
    expect(new Set(labels).size).toBe(2);
    expect(labels.every((label) => /, started .+$/.test(label ?? ''))).toBe(true);
  });
});
