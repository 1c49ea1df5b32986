import { describe, expect, it } from 'vitest';
import { parseCsv, parseGuests, parseInput, parseSelection, parseText } from '@/lib/registration/parse';
import { mapColumns } from '@/lib/registration/parse-table';
import { checkEmail, namesFor } from '@/lib/registration/person';

describe('addresses and names', () => {
  it('accepts ordinary addresses and unwraps mailto: and <>', () => {
    expect(checkEmail(' Ada.O+news@ex-ample.co.uk ')).toEqual({ email: 'Ada.O+news@ex-ample.co.uk' });
    expect(checkEmail('mailto:ada@x.org')).toEqual({ email: 'ada@x.org' });
    expect(checkEmail('<ada@x.org>')).toEqual({ email: 'ada@x.org' });
  });

  it.each([
    ['', 'No e-mail address.'],
    ['ada@', '"ada@" is not a valid e-mail address.'],
    ['ada@localhost', '"ada@localhost" is not a valid e-mail address.'],
    ['a..b@x.org', '"a..b@x.org" is not a valid e-mail address.'],
    ['ada lovelace@x.org', '"ada lovelace@x.org" is not a valid e-mail address.'],
    [`${'a'.repeat(120)}@example.org`, 'The address is longer than 128 characters.'],
  ])('refuses %j', (raw, reason) => {
    expect(checkEmail(raw)).toEqual({ reason });
  });

  it('takes names from the display name, Outlook order included, else from the address', () => {
    expect(namesFor('x@y.org', 'Ada King Lovelace')).toEqual({ firstName: 'Ada', lastName: 'King Lovelace' });
    expect(namesFor('x@y.org', '"Lovelace, Ada"')).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(namesFor('ada.lovelace+news@y.org')).toEqual({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(namesFor('grace@y.org')).toEqual({ firstName: 'Grace' });
    expect(namesFor('x@y.org', 'x@y.org')).toEqual({ firstName: 'X' });
    expect(namesFor('x@y.org', 'N'.repeat(80)).firstName).toHaveLength(64);
  });
});

describe('pasted text', () => {
  it('reads one per line, Name <mail>, commas and semicolons, with line numbers', () => {
    const text = [
      'Ada Lovelace <ada@x.org>, alan.turing@y.org; "Hopper, Grace" <grace@z.org>',
      'Lovelace, Ada <ada2@x.org>',
      '',
      'Linus Torvalds linus@k.org',
    ].join('\n');
    expect(parseText(text)).toEqual({
      people: [
        { line: 1, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' },
        { line: 1, email: 'alan.turing@y.org', firstName: 'Alan', lastName: 'Turing' },
        { line: 1, email: 'grace@z.org', firstName: 'Grace', lastName: 'Hopper' },
        { line: 2, email: 'ada2@x.org', firstName: 'Ada', lastName: 'Lovelace' },
        { line: 4, email: 'linus@k.org', firstName: 'Linus', lastName: 'Torvalds' },
      ],
      rejected: [],
    });
  });

  it('reports every bad line with its number and reason, and sends none of them', () => {
    const result = parseText('ok@x.org\r\nbad@\r\nJust A Name\r\nok2@x.org, Another Name\n<@x.org>');
    expect(result.people.map((p) => [p.line, p.email])).toEqual([
      [1, 'ok@x.org'],
      [4, 'ok2@x.org'],
    ]);
    expect(result.rejected).toEqual([
      { line: 2, text: 'bad@', reason: '"bad@" is not a valid e-mail address.' },
      { line: 3, text: 'Just A Name', reason: 'No e-mail address.' },
      { line: 4, text: 'Another Name', reason: 'No e-mail address.' },
      { line: 5, text: '<@x.org>', reason: '"@x.org" is not a valid e-mail address.' },
    ]);
  });

  it('reads rows copied from a spreadsheet, with or without a header row', () => {
    expect(parseText('Ada\tLovelace\tada@x.org\ngrace@z.org\tGrace Hopper\n\tno address\t').people).toEqual([
      { line: 1, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' },
      { line: 2, email: 'grace@z.org', firstName: 'Grace', lastName: 'Hopper' },
    ]);
    const withHeader = parseText('\nE-mail\tFirst name\tLast name\nada@x.org\tAda\tLovelace\nnope\tN\tO');
    expect(withHeader.people).toEqual([
      { line: 3, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' },
    ]);
    expect(withHeader.rejected).toEqual([
      { line: 4, text: 'nope, N, O', reason: '"nope" is not a valid e-mail address.' },
    ]);
  });
});

describe('CSV with a header row', () => {
  it.each([
    [['Email', 'First Name', 'Last Name'], { email: 0, first: 1, last: 2 }],
    [['E-mail', 'Given name', 'Surname'], { email: 0, first: 1, last: 2 }],
    [['first_name', 'last_name', 'email address'], { email: 2, first: 0, last: 1 }],
    [['Name', 'Work Email'], { email: 1, full: 0 }],
    [['Prénom', 'Nom', 'Courriel'], { email: 2, first: 0, last: 1 }],
  ])('recognises %j', (header, expected) => {
    expect(mapColumns(header)).toEqual(expected);
  });

  it('reads quoted fields (commas, quotes and line breaks inside), a BOM and semicolons', () => {
    const csv =
      '\uFEFF"Email","Name","Notes"\n"ada@x.org","Lovelace, Ada","says ""hi"",\nthen leaves"\nbad,"B",\n';
    const result = parseCsv(csv);
    expect(result.people).toEqual([{ line: 2, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' }]);
    expect(result.rejected).toEqual([
      { line: 3, text: 'bad, B,', reason: '"bad" is not a valid e-mail address.' },
    ]);
    expect(parseCsv('email;first name\nada@x.org;Ada\n').people).toEqual([
      { line: 2, email: 'ada@x.org', firstName: 'Ada' },
    ]);
  });

  it('takes first name from the address when the row has none, and skips empty rows', () => {
    const result = parseCsv('Email,First Name\nalan.turing@y.org,\n,\n\ngrace@z.org,Grace');
    expect(result.people).toEqual([
      { line: 2, email: 'alan.turing@y.org', firstName: 'Alan', lastName: 'Turing' },
      { line: 5, email: 'grace@z.org', firstName: 'Grace' },
    ]);
    expect(result.rejected).toEqual([]);
  });

  it('refuses a file without an e-mail column, saying which header it read', () => {
    expect(parseCsv('Name,Phone\nAda,123')).toEqual({
      people: [],
      rejected: [{ line: 1, text: 'Name, Phone', reason: expect.stringContaining('No e-mail column') }],
    });
  });

  it('parses 4,999 rows, every one of them, from a CSV and from pasted text', () => {
    // Speed is measured by `npm run bench` (scripts/bench/registration.ts), not asserted here.
    const rows = Array.from({ length: 4999 }, (_, i) => `person${i}@example.org,First${i},Last${i}`);
    const csv = parseCsv(`Email,First Name,Last Name\n${rows.join('\n')}`);
    const text = parseText(rows.map((_, i) => `First${i} Last${i} <person${i}@example.org>`).join('\n'));
    for (const result of [csv, text]) {
      expect(result.rejected).toEqual([]);
      expect(result.people).toHaveLength(4999);
      expect(result.people[4998]).toMatchObject({ email: 'person4998@example.org', firstName: 'First4998' });
    }
  });
});

describe('context-menu selection and calendar guests', () => {
  it('finds addresses in prose, with the name written before <address>', () => {
    const text =
      'Hi, please add Ada Lovelace <ada@x.org> and bob@y.org.\n(carol@z.org); "Dan, D" <dan@w.org>';
    expect(parseSelection(text).people).toEqual([
      { line: 1, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' },
      { line: 1, email: 'bob@y.org', firstName: 'Bob' },
      { line: 2, email: 'carol@z.org', firstName: 'Carol' },
      { line: 2, email: 'dan@w.org', firstName: 'D', lastName: 'Dan' },
    ]);
    expect(parseSelection('write to ada@x or @home').rejected).toEqual([
      { line: 1, text: 'ada@x', reason: '"ada@x" is not a valid e-mail address.' },
    ]);
  });

  it('reads guests by their place in the list', () => {
    const result = parseGuests([
      { email: 'ada@x.org', name: 'Ada Lovelace' },
      { email: 'nope' },
      { email: 'g@z.org' },
    ]);
    expect(result.people).toEqual([
      { line: 1, email: 'ada@x.org', firstName: 'Ada', lastName: 'Lovelace' },
      { line: 3, email: 'g@z.org', firstName: 'G' },
    ]);
    expect(result.rejected).toEqual([
      { line: 2, text: 'nope', reason: '"nope" is not a valid e-mail address.' },
    ]);
    expect(parseInput({ kind: 'guests', guests: [{ email: 'g@z.org' }] }).people).toHaveLength(1);
    expect(parseInput({ kind: 'csv', text: 'email\ng@z.org' }).people).toHaveLength(1);
  });
});
