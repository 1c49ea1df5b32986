import { mapColumns, parseCsv, parseRows, readCells } from './parse-table';
import { collector, type EmailRules, type ParseResult } from './person';

export { parseCsv } from './parse-table';
export type { Candidate, EmailRules, ParseResult, Rejected } from './person';

/**
 * Turning what a host has into candidate registrants. Pure and synchronous: a view previews the
 * result as the host types, and 4,999 lines parse in a few milliseconds.
 */

const splitLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);

/**
 * Splits a line into people at commas and semicolons, but only where one person ends: after a
 * `<address>`, or after a piece that holds an address. A comma anywhere else belongs to a name
 * ("Jane Doe, PhD <jane@...>", "Lovelace, Ada <ada@...>") or to text that names nobody
 * ("+SUM(1,2)"), and splitting there would invent people. Quotes hide commas too.
 */
function splitEntries(line: string): string[] {
  const entries: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '<') {
      const close = line.indexOf('>', i);
      if (close < 0) break;
      entries.push(line.slice(start, close + 1));
      start = close + 1;
      i = close;
    } else if ((c === ',' || c === ';') && line.slice(start, i).includes('@')) {
      entries.push(line.slice(start, i));
      start = i + 1;
    }
  }
  entries.push(line.slice(start));
  return entries.map((e) => e.replace(/^[\s,;]+|[\s,;]+$/g, '')).filter((e) => e !== '');
}

/** `Name <mail>`, `"Last, First" <mail>`, `Name mail` or a bare `mail`. */
function readEntry(entry: string): { email: string; display?: string } {
  const angled = /^(.*?)<([^<>]*)>\s*$/.exec(entry);
  if (angled) return { email: angled[2]!, display: angled[1]!.trim() };
  const words = entry.split(/\s+/);
  const at = words.findLastIndex((w) => w.includes('@'));
  if (at < 0) return { email: entry };
  const display = [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
  return display ? { email: words[at]!, display } : { email: words[at]! };
}

/**
 * Pasted text: one person per line or several separated by commas or semicolons. Rows copied from a
 * spreadsheet (tab-separated) are read by their cells; with a header row, by its column names.
 */
export function parseText(text: string, rules: EmailRules = {}): ParseResult {
  const lines = splitLines(text);
  const firstRow = lines.findIndex((l) => l.trim() !== '');
  const head = lines[firstRow] ?? '';
  if (head.includes('\t') && !head.includes('@') && mapColumns(head.split('\t')).email !== undefined) {
    const rows = lines.slice(firstRow).map((l) => l.split('\t'));
    return parseRows(rows, (row) => firstRow + row + 1, rules);
  }
  const out = collector(rules);
  lines.forEach((line, index) => {
    const number = index + 1;
    if (line.includes('\t')) return readCells(out, number, line.split('\t'), line);
    for (const entry of splitEntries(line)) {
      if (!entry.includes('@')) {
        out.reject(number, entry, 'No e-mail address.');
        continue;
      }
      const { email, display } = readEntry(entry);
      out.add(number, entry, email, display ? { full: display } : {});
    }
  });
  return out.result;
}

/** What reads as an address inside prose: stops at spaces, brackets, quotes and list punctuation. */
const ADDRESS = /[^\s<>()[\]{},;:"']+@[^\s<>()[\]{},;:"']+/g;

/**
 * The name written just before `<address>` in prose: a quoted name, or the capitalised words that
 * end the text ("please add Ada Lovelace <ada@...>" names Ada Lovelace, not "please add").
 */
function nameBefore(text: string): string | undefined {
  if (!/<\s*$/.test(text)) return undefined;
  const quoted = /"([^"]+)"\s*<\s*$/.exec(text)?.[1];
  if (quoted) return quoted;
  const words = text.replace(/<\s*$/, '').trim().split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 4 && /^\p{Lu}[\p{L}'’.-]*$/u.test(words[i]!); i--)
    name.unshift(words[i]!);
  return name.length > 0 ? name.join(' ') : undefined;
}

/**
 * A context-menu selection: any text, with addresses somewhere in it (a signature, an e-mail
 * thread, a web page). Only address-like words are taken, so prose around them is no error.
 */
export function parseSelection(text: string, rules: EmailRules = {}): ParseResult {
  const out = collector(rules);
  splitLines(text).forEach((line, index) => {
    for (const match of line.matchAll(ADDRESS)) {
      // A sentence's full stop is not part of the address.
      const raw = match[0].replace(/[.!?]+$/, '');
      const display = nameBefore(line.slice(0, match.index));
      out.add(index + 1, raw, raw, display ? { full: display } : {});
    }
  });
  return out.result;
}

export interface Guest {
  email: string;
  name?: string | undefined;
}

/** The calendar event's guests (from the adapter); `line` is the guest's place in the list. */
export function parseGuests(guests: readonly Guest[], rules: EmailRules = {}): ParseResult {
  const out = collector(rules);
  guests.forEach((guest, index) => {
    const text = guest.name ? `${guest.name} <${guest.email}>` : guest.email;
    out.add(index + 1, text, guest.email, guest.name ? { full: guest.name } : {});
  });
  return out.result;
}

/** The input forms a view can hand over, as one value (and one message type). */
export type RegistrationInput =
  | { kind: 'text'; text: string }
  | { kind: 'csv'; text: string }
  | { kind: 'selection'; text: string }
  | { kind: 'guests'; guests: readonly Guest[] };

/** `rules.provider` is the target's: a refused address's sentence names who refuses it. */
export function parseInput(input: RegistrationInput, rules: EmailRules = {}): ParseResult {
  switch (input.kind) {
    case 'text':
      return parseText(input.text, rules);
    case 'csv':
      return parseCsv(input.text, rules);
    case 'selection':
      return parseSelection(input.text, rules);
    case 'guests':
      return parseGuests(input.guests, rules);
  }
}
