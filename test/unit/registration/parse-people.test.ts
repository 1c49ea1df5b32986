import { describe, expect, it } from 'vitest';
import { parseCsv, parseInput, parseText } from '@/lib/registration/parse';
import { csvShape } from '@/lib/registration/parse-table';
import { checkEmail, namesFor } from '@/lib/registration/person';

describe('commas in names, as people write them', () => {
  it('keeps a quoted "Last, First" and an unquoted degree with their address', () => {
    const result = parseText('"Doe, Jane" <jane@x.org>\nJane Doe, PhD <jane.phd@example.org>');
    expect(result.rejected).toEqual([]);
    expect(result.people).toEqual([
      { line: 1, email: 'jane@x.org', firstName: 'Jane', lastName: 'Doe' },
      { line: 2, email: 'jane.phd@example.org', firstName: 'Jane', lastName: 'Doe, PhD' },
    ]);
  });

  it('splits people only where one ends: after <address>, or after a piece holding an address', () => {
    const line =
      'Lovelace, Ada <ada@x.org>, Hopper, Grace <grace@y.org>; alan@z.org, Jane Doe, MD, FACS jane@w.org';
    expect(parseText(line).people).toEqual([
      { line: 1, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' },
      { line: 1, email: 'grace@y.org', firstName: 'Grace', lastName: 'Hopper' },
      { line: 1, email: 'alan@z.org', firstName: 'Alan' },
      { line: 1, email: 'jane@w.org', firstName: 'Jane', lastName: 'Doe, MD, FACS' },
    ]);
  });

  it('leaves text without an address whole: one invalid line, not pieces of a formula', () => {
    expect(parseText('+SUM(1,2)\n=HYPERLINK("a,b")')).toEqual({
      people: [],
      rejected: [
        { line: 1, text: '+SUM(1,2)', reason: 'No e-mail address.' },
        { line: 2, text: '=HYPERLINK("a,b")', reason: 'No e-mail address.' },
      ],
    });
  });

  it('reads degrees and generations after a comma as part of the last name, not as a first name', () => {
    expect(namesFor('j@x.org', 'Jane Doe, PhD')).toEqual({ firstName: 'Jane', lastName: 'Doe, PhD' });
    expect(namesFor('j@x.org', 'Martin Luther King, Jr.')).toEqual({
      firstName: 'Martin',
      lastName: 'Luther King, Jr.',
    });
    expect(namesFor('j@x.org', 'John Roe, M.D.')).toEqual({ firstName: 'John', lastName: 'Roe, M.D.' });
    expect(namesFor('j@x.org', 'van der Berg, Jan')).toEqual({ firstName: 'Jan', lastName: 'van der Berg' });
  });
});

describe('internationalized addresses', () => {
  it('sends a non-ASCII domain in its ASCII form, which both providers accept', () => {
    expect(checkEmail('rene@exämple.de')).toEqual({ email: 'rene@xn--exmple-cua.de' });
    expect(parseText('René <rene@exämple.de>').people).toEqual([
      { line: 1, email: 'rene@xn--exmple-cua.de', firstName: 'René' },
    ]);
  });

  it('refuses letters outside ASCII before the @, saying which provider refuses and why', () => {
    expect(parseInput({ kind: 'text', text: 'renée@exämple.de' }, { provider: 'zoom' }).rejected).toEqual([
      {
        line: 1,
        text: 'renée@exämple.de',
        reason:
          'Zoom accepts only ASCII e-mail addresses: "renée@exämple.de" has letters outside ASCII before the @. Ask the person for another address.',
      },
    ]);
    const webex = checkEmail('renée@example.de', { provider: 'webex' });
    expect(webex).toEqual({ reason: expect.stringMatching(/^Webex accepts only ASCII e-mail addresses/) });
    expect(checkEmail('рене@пример.рф')).toEqual({
      reason: expect.stringMatching(/^The meeting services accept only ASCII/),
    });
  });

  it('still refuses a broken address with a non-ASCII domain as invalid', () => {
    expect(checkEmail('rene@ex ämple.de')).toEqual({
      reason: '"rene@ex ämple.de" is not a valid e-mail address.',
    });
    expect(checkEmail('rene@exämple')).toEqual({ reason: '"rene@exämple" is not a valid e-mail address.' });
  });
});

describe('CSV files of every shape', () => {
  it('reads a header-less column of addresses (and address-with-name rows) as people', () => {
    const result = parseCsv('ada@x.org\r\ngrace@y.org\r\n\r\nAlan Turing,alan@z.org\r\nnot an address\r\n');
    expect(result.people).toEqual([
      { line: 1, email: 'ada@x.org', firstName: 'Ada' },
      { line: 2, email: 'grace@y.org', firstName: 'Grace' },
      { line: 4, email: 'alan@z.org', firstName: 'Alan', lastName: 'Turing' },
    ]);
    expect(result.rejected).toEqual([{ line: 5, text: 'not an address', reason: 'No e-mail address.' }]);
  });

  it.each([
    ['', 'empty'],
    ['\n \n', 'empty'],
    ['Email,First name\n', 'header-only'],
    ['Email,First name\n,\n', 'header-only'],
    ['Name,Phone\nAda,1', 'no-email-column'],
    ['ada@x.org\ngrace@y.org', 'headerless'],
    ['Email\nada@x.org', 'table'],
  ])('tells the shape of %j', (text, kind) => {
    expect(csvShape(text).kind).toBe(kind);
  });

  it('a header with nobody under it gives nobody and no invalid line', () => {
    expect(parseCsv('Email,First name\r\n')).toEqual({ people: [], rejected: [] });
  });
});
