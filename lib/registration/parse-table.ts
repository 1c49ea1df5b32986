import Papa from 'papaparse';
import { collector, type EmailRules, type ParseResult } from './person';

export type Column = 'email' | 'first' | 'last' | 'full';

// Header spellings seen in exports from Google Forms, Eventbrite, Outlook, Excel templates and
// Zoom's own registrant report, compared without case, spaces or punctuation.
const HEADERS: Record<Column, string[]> = {
  email: ['email', 'emailaddress', 'mail', 'emailid', 'courriel', 'attendeeemail', 'registrantemail'],
  first: ['firstname', 'first', 'givenname', 'forename', 'prenom', 'fname'],
  last: ['lastname', 'last', 'surname', 'familyname', 'nom', 'lname'],
  full: ['name', 'fullname', 'displayname', 'attendee', 'attendeename', 'participant', 'participantname'],
};

const normalise = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Which column holds what; an email column is required, the rest are optional. */
export function mapColumns(header: string[]): Partial<Record<Column, number>> {
  const names = header.map(normalise);
  const found: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(HEADERS) as Column[]) {
    const index = names.findIndex((name) => HEADERS[column].includes(name));
    if (index >= 0) found[column] = index;
  }
  // "Work email", "Email (required)": a header that mentions e-mail is the address when none is exact.
  if (found.email === undefined) {
    const index = names.findIndex((name) => name.includes('email'));
    if (index >= 0) found.email = index;
  }
  return found;
}

const blank = (row: readonly string[]) => row.every((value) => value.trim() === '');

/** What a table holds, decided once for the parse and for the page's advice before it. */
export type TableShape =
  | { kind: 'empty' }
  | { kind: 'no-email-column'; header: string[] }
  | { kind: 'header-only'; header: string[] }
  /** No header: the first row already holds an address (a column of addresses, say). */
  | { kind: 'headerless' }
  | { kind: 'table' };

export function tableShape(rows: readonly string[][]): TableShape {
  const filled = rows.filter((row) => !blank(row));
  const header = filled[0];
  if (header === undefined) return { kind: 'empty' };
  if (header.some((cell) => cell.includes('@'))) return { kind: 'headerless' };
  if (mapColumns(header).email === undefined) return { kind: 'no-email-column', header };
  return filled.length === 1 ? { kind: 'header-only', header } : { kind: 'table' };
}

type Out = ReturnType<typeof collector>;

/** A row without a header to name its cells: the one with an @ is the address, the rest names. */
export function readCells(out: Out, line: number, cells: readonly string[], text: string): void {
  const trimmed = cells.map((c) => c.trim());
  const emailCell = trimmed.find((c) => c.includes('@'));
  const names = trimmed.filter((c) => c !== '' && c !== emailCell);
  const [first, last] = names;
  const both = names.length >= 2 && first !== undefined && last !== undefined;
  const named = both ? { first, last } : first ? { full: first } : {};
  if (emailCell === undefined) out.reject(line, text, 'No e-mail address.');
  else out.add(line, text, emailCell, named);
}

/**
 * Rows whose first filled row is a header, or, when that row already holds an address, rows with no
 * header at all. `lineOf` turns a row index into the line a person sees (row 0 is line 1 in a
 * spreadsheet).
 */
export function parseRows(
  rows: string[][],
  lineOf: (row: number) => number = (row) => row + 1,
  rules: EmailRules = {},
): ParseResult {
  const out = collector(rules);
  const shape = tableShape(rows);
  if (shape.kind === 'empty') return out.result;
  const headerRow = rows.findIndex((row) => !blank(row));
  if (shape.kind === 'headerless') {
    rows.forEach((row, i) => {
      if (!blank(row)) readCells(out, lineOf(i), row, row.join(', '));
    });
    return out.result;
  }
  if (shape.kind === 'no-email-column') {
    const reason = `No e-mail column: the first row should name one ("Email", "E-mail", "Email address").`;
    out.reject(lineOf(headerRow), shape.header.join(', '), reason);
    return out.result;
  }
  const columns = mapColumns(rows[headerRow]!);
  const cell = (row: string[], column: Column) => {
    const index = columns[column];
    return index === undefined ? undefined : row[index]?.trim() || undefined;
  };
  for (let i = headerRow + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (blank(row)) continue;
    const names: { first?: string; last?: string; full?: string } = {};
    const first = cell(row, 'first');
    const last = cell(row, 'last');
    const full = cell(row, 'full');
    if (first) names.first = first;
    if (last) names.last = last;
    if (full) names.full = full;
    out.add(lineOf(i), row.join(', '), cell(row, 'email') ?? '', names);
  }
  return out.result;
}

/**
 * The header row's delimiter: a semicolon CSV from a European Excel reads the same as a comma one.
 * Papaparse's own guess looks at every row and is thrown by a short file's empty last line.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => header.split(c).length;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best));
}

/**
 * A CSV file with a header row. Papaparse handles quoting (commas, quotes and line breaks inside
 * quotes). Lines are counted as rows: a quoted field spanning lines makes them differ from the
 * file's physical lines.
 */
function csvRows(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(clean, { delimiter: delimiterOf(clean), skipEmptyLines: false }).data;
}

export function parseCsv(text: string, rules: EmailRules = {}): ParseResult {
  return parseRows(csvRows(text), undefined, rules);
}

/** The shape of a CSV file, for the page to say what to do before anything is sent. */
export const csvShape = (text: string): TableShape => tableShape(csvRows(text));
