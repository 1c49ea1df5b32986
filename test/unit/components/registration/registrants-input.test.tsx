// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RegistrantsPage } from '@/components/registration/registrants-page';
import { englishMessages } from '@/test/support/english-messages';
import { preview, quietPage, TARGET } from '@/test/support/registration-views';
import { answerMessages, ok } from '@/test/support/runtime-messages';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const fileOf = (name: string, content: Uint8Array<ArrayBuffer> | string) =>
  new File([typeof content === 'string' ? new TextEncoder().encode(content) : content], name, {
    type: 'text/csv',
  });

const fileInput = () => screen.getByLabelText('Or upload a CSV file (with a header row)') as HTMLInputElement;
const choose = (file: File) => fireEvent.change(fileInput(), { target: { files: [file] } });
const previewButton = () => screen.getByRole('button', { name: 'Preview' }) as HTMLButtonElement;

/** The texts each registration.prepare carried. */
const preparedTexts = (sent: { type: string; payload: unknown }[]) =>
  sent
    .filter((m) => m.type === 'registration.prepare')
    .map((m) => (m.payload as { input: { text: string } }).input.text);

describe('the registrants page reads files honestly', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  it('a file over 4 MB after a good one: the good one is no longer chosen, and Preview sends nothing stale', async () => {
    const sent = answerMessages({ ...quietPage, 'registration.prepare': () => ok(preview()) });
    render(<RegistrantsPage params={{ target: TARGET }} />);
    choose(fileOf('old.csv', 'Email\nold@example.org\n'));
    expect((await screen.findByTestId('csv-file')).textContent).toContain('old.csv');
    expect(previewButton().disabled).toBe(false);

    const big = fileOf('big.csv', 'Email\n');
    Object.defineProperty(big, 'size', { value: 5_000_000 });
    choose(big);
    expect((await screen.findByTestId('file-error')).textContent).toMatch(/larger than 4 MB/);
    expect(screen.queryByTestId('csv-file')).toBeNull();
    expect(fileInput().value).toBe('');
    expect(previewButton().disabled).toBe(true);
    fireEvent.submit(previewButton().closest('form')!);
    expect(preparedTexts(sent)).toEqual([]);
  });

  it('an unreadable file after a good one clears the choice too, with what to do', async () => {
    answerMessages({ ...quietPage });
    render(<RegistrantsPage params={{ target: TARGET }} />);
    choose(fileOf('old.csv', 'Email\nold@example.org\n'));
    await screen.findByTestId('csv-file');
    const gone = fileOf('gone.csv', 'x');
    gone.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    choose(gone);
    expect((await screen.findByTestId('file-error')).textContent).toBe(
      'The browser could not read this file. Check that it is still there and that you may open it, then choose it again.',
    );
    expect(screen.queryByTestId('csv-file')).toBeNull();
    expect(previewButton().disabled).toBe(true);
  });

  it('a slow earlier file cannot replace a later choice', async () => {
    const sent = answerMessages({ ...quietPage, 'registration.prepare': () => ok(preview()) });
    render(<RegistrantsPage params={{ target: TARGET }} />);
    let release: (bytes: ArrayBuffer) => void = () => {};
    const slow = fileOf('slow.csv', 'Email\nslow@example.org\n');
    slow.arrayBuffer = () => new Promise((resolve) => (release = resolve));
    choose(slow);
    expect(previewButton().disabled).toBe(true);
    choose(fileOf('fast.csv', 'Email\nfast@example.org\n'));
    await waitFor(() => expect(screen.getByTestId('csv-file').textContent).toContain('fast.csv'));
    release(new TextEncoder().encode('Email\nslow@example.org\n').buffer as ArrayBuffer);
    fireEvent.click(previewButton());
    await waitFor(() => expect(preparedTexts(sent)).toEqual(['Email\nfast@example.org\n']));
    expect(screen.getByTestId('csv-file').textContent).toContain('fast.csv');
  });

  it.each([
    ['empty.csv', '', 'This file is empty. Choose the file that holds the list, or paste the people above.'],
    [
      'header.csv',
      'Email,First name\r\n',
      'This file has a header row ("Email, First name") and nobody under it. Add one person per row below the header, save it, and choose it again.',
    ],
    [
      'phones.csv',
      'Name,Phone\nAda,123\n',
      'This file has no column of e-mail addresses: its first row reads "Name, Phone". Head the column of addresses "Email", save it, and choose it again.',
    ],
    [
      'photo.csv',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'This is not a text file (it may be a PDF, an image or a database). Export the list as CSV and choose that file.',
    ],
    [
      'people.xlsx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]),
      'This is a spreadsheet workbook (Excel or similar), not a CSV file. In the spreadsheet, save it as "CSV UTF-8" and choose that file.',
    ],
  ])(
    '%s is refused with a sentence saying what to do, and nothing is chosen',
    async (name, bytes, sentence) => {
      answerMessages({ ...quietPage });
      render(<RegistrantsPage params={{ target: TARGET }} />);
      choose(fileOf(name, bytes));
      expect((await screen.findByTestId('file-error')).textContent).toBe(sentence);
      expect(screen.queryByTestId('csv-file')).toBeNull();
      expect(previewButton().disabled).toBe(true);
    },
  );

  it('a Latin-1 file imports as written, and the form and the preview say how it was read', async () => {
    const juergen = { line: 2, email: 'juergen@example.de', firstName: 'Jürgen', lastName: 'Müller' };
    const sent = answerMessages({
      ...quietPage,
      'registration.prepare': () => ok(preview({ sample: [juergen] })),
    });
    render(<RegistrantsPage params={{ target: TARGET }} />);
    choose(fileOf('excel.csv', latin1('Email;First name;Last name\r\njuergen@example.de;Jürgen;Müller\r\n')));
    const chosen = await screen.findByTestId('csv-file');
    expect(chosen.textContent).toContain('Read as Western European (Windows-1252): check the names.');
    fireEvent.click(previewButton());
    const notice = await screen.findByTestId('input-notice');
    expect(notice.textContent).toBe('Read as Western European (Windows-1252): check the names.');
    // The names to check are shown, opened.
    const sample = screen.getByTestId('sample') as HTMLDetailsElement;
    expect(sample.open).toBe(true);
    expect(within(sample).getByText('Jürgen Müller')).toBeTruthy();
    expect(preparedTexts(sent)).toEqual([
      'Email;First name;Last name\r\njuergen@example.de;Jürgen;Müller\r\n',
    ]);
  });

  it('a header-less column of addresses is read, and the preview says how', async () => {
    const sent = answerMessages({ ...quietPage, 'registration.prepare': () => ok(preview()) });
    render(<RegistrantsPage params={{ target: TARGET }} />);
    choose(fileOf('column.csv', 'ada@example.org\ngrace@example.org\n'));
    await screen.findByTestId('csv-file');
    fireEvent.click(previewButton());
    expect((await screen.findByTestId('input-notice')).textContent).toMatch(/^This file has no header row/);
    expect(preparedTexts(sent)).toEqual(['ada@example.org\ngrace@example.org\n']);
  });

  it('typing after choosing a file drops the file: the file input no longer shows it', async () => {
    const sent = answerMessages({ ...quietPage, 'registration.prepare': () => ok(preview()) });
    render(<RegistrantsPage params={{ target: TARGET }} />);
    choose(fileOf('old.csv', 'Email\nold@example.org\n'));
    await screen.findByTestId('csv-file');
    fireEvent.change(screen.getByLabelText('People'), { target: { value: 'ada@example.org' } });
    expect(screen.queryByTestId('csv-file')).toBeNull();
    expect(fileInput().value).toBe('');
    fireEvent.click(previewButton());
    await waitFor(() => expect(preparedTexts(sent)).toEqual(['ada@example.org']));
  });
});

describe('the preview says what to do when it would send nobody', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    englishMessages();
  });
  afterEach(cleanup);

  const counts = preview().counts;
  it.each([
    [
      'nothing named',
      preview({ sample: [], counts: { ...counts, valid: 0, toRegister: 0, calls: 0 } }),
      /^Nothing here names a person/,
    ],
    [
      'every line invalid',
      preview({
        sample: [],
        invalid: [{ line: 1, text: '+SUM(1,2)', reason: 'No e-mail address.' }],
        counts: { ...counts, valid: 0, invalid: 1, toRegister: 0, calls: 0 },
      }),
      /^None of these lines has an address that can be used/,
    ],
    [
      'everyone already there',
      preview({ sample: [], counts: { ...counts, alreadyRegistered: 1, toRegister: 0, calls: 0 } }),
      /^Everyone here is already registered or listed twice/,
    ],
  ])('%s', async (_, answer, sentence) => {
    answerMessages({ ...quietPage, 'registration.prepare': () => ok(answer) });
    render(<RegistrantsPage params={{ target: TARGET, people: 'something' }} />);
    fireEvent.click(previewButton());
    expect((await screen.findByTestId('nothing-to-send')).textContent).toMatch(sentence);
    expect(
      within(screen.getByRole('region', { name: /^Preview for/ })).getByTestId('count-read'),
    ).toBeTruthy();
  });
});
