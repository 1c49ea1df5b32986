import { z } from 'zod';

/** Someone the input names, with where they came from so a view can point at the line. */
export interface Candidate {
  /** 1-based: the line of pasted text, the row of a CSV (the header is line 1), the guest's place. */
  line: number;
  email: string;
  firstName: string;
  lastName?: string;
}

export interface Rejected {
  line: number;
  /** What the line said, so a person can find and fix it. */
  text: string;
  reason: string;
}

export interface ParseResult {
  people: Candidate[];
  rejected: Rejected[];
}

// The pattern behind `z.email()`, which the Zoom client (and the sandbox) apply to a registrant: an
// address accepted here must never make a whole batch of 30 fail validation later. The bare regex
// is used because a parse per row costs several times more over 4,999 rows.
const EMAIL = z.regexes.email;
/** Zoom's limits on registrant fields (docs/api/zoom-meetings-api-reference.txt: email 128, names 64). */
const MAX_EMAIL = 128;
const MAX_NAME = 64;

/** The address cleaned of what mail clients wrap it in, or the reason it cannot be used. */
export function checkEmail(raw: string): { email: string } | { reason: string } {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim();
  if (email === '') return { reason: 'No e-mail address.' };
  if (email.length > MAX_EMAIL) return { reason: `The address is longer than ${MAX_EMAIL} characters.` };
  if (!EMAIL.test(email)) return { reason: `"${email}" is not a valid e-mail address.` };
  return { email };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const clip = (name: string) => name.trim().slice(0, MAX_NAME).trim();

/**
 * First and last name. A display name wins ("Ada Lovelace", or "Lovelace, Ada" as Outlook writes
 * it); without one, the address's local part ("ada.lovelace+news" gives Ada Lovelace), because Zoom
 * requires a first name and a person's address is the best guess we have.
 */
export function namesFor(email: string, display?: string): { firstName: string; lastName?: string } {
  const name = (display ?? '').replace(/^["']+|["']+$/g, '').trim();
  if (name !== '' && !name.includes('@')) {
    const comma = name.indexOf(',');
    if (comma > 0) {
      const last = clip(name.slice(0, comma));
      const first = clip(name.slice(comma + 1));
      if (first !== '') return last === '' ? { firstName: first } : { firstName: first, lastName: last };
    }
    const [first = '', ...rest] = name.split(/\s+/);
    const last = clip(rest.join(' '));
    return last === '' ? { firstName: clip(first) } : { firstName: clip(first), lastName: last };
  }
  const local = email.slice(0, email.lastIndexOf('@')).split('+')[0] ?? '';
  const parts = local
    .split(/[._-]+/)
    .filter(Boolean)
    .map(capitalise);
  const [first = capitalise(local) || 'Guest', ...rest] = parts;
  const last = clip(rest.join(' '));
  return last === '' ? { firstName: clip(first) } : { firstName: clip(first), lastName: last };
}

/** Explicit first and last names (spreadsheet columns), each falling back to `namesFor`. */
export function candidate(
  line: number,
  email: string,
  names: { first?: string; last?: string; full?: string },
): Candidate {
  const first = clip(names.first ?? '');
  const last = clip(names.last ?? '');
  if (first)
    return last ? { line, email, firstName: first, lastName: last } : { line, email, firstName: first };
  const derived = namesFor(email, names.full);
  const lastName = last || derived.lastName;
  return lastName
    ? { line, email, firstName: derived.firstName, lastName }
    : { line, email, firstName: derived.firstName };
}

/** One collector for every input form, so each reports people and rejections the same way. */
export function collector() {
  const result: ParseResult = { people: [], rejected: [] };
  return {
    result,
    add(
      line: number,
      text: string,
      rawEmail: string,
      names: { first?: string; last?: string; full?: string },
    ) {
      const checked = checkEmail(rawEmail);
      if ('reason' in checked) result.rejected.push({ line, text: text.trim(), reason: checked.reason });
      else result.people.push(candidate(line, checked.email, names));
    },
    reject(line: number, text: string, reason: string) {
      result.rejected.push({ line, text: text.trim(), reason });
    },
  };
}
