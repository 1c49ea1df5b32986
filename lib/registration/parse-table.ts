import Papa from 'papaparse';
import { collector, type ParseResult } from './person';

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

/**
 * Rows whose first row is a header. `lineOf` turns a row index into the line a person sees (row 0,
 * the header, is line 1 in a spreadsheet).
 */
export function parseRows(rows: string[][], lineOf: (row: number) => number = (row) => row + 1): ParseResult {
  const out = collector();
  const header = rows[0] ?? [];
  const columns = mapColumns(header);
  if (columns.email === undefined) {
    const reason = `No e-mail column: the first row should name one ("Email", "E-mail", "Email address").`;
    out.reject(lineOf(0), header.join(', '), reason);
    return out.result;
  }
  const cell = (row: string[], column: Column) => {
    const index = columns[column];
    return index === undefined ? undefined : row[index]?.trim() || undefined;
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((value) => value.trim() === '')) continue;
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
export function parseCsv(text: string): ParseResult {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { delimiter: delimiterOf(clean), skipEmptyLines: false });
  return parseRows(parsed.data);
}
