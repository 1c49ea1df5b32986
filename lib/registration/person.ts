import { PROVIDER_NAMES, type ProviderKey } from '../brands/names';
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

/** Whose rules an address must meet; the sentence for a refused address names that provider. */
export interface EmailRules {
  provider?: ProviderKey | undefined;
}

const ASCII = /^[\p{ASCII}]*$/u;
/** Characters a host name cannot hold: anything that would make the URL parser read a path or port. */
const NOT_IN_HOST = /[\s/?#:@[\]\\%]/;

/**
 * `exämple.de` in its ASCII form (`xn--exmple-cua.de`), which is the same domain to every mail
 * server and what both providers' schemas take. The URL parser applies the IDNA rules.
 */
function asciiDomain(domain: string): string | undefined {
  if (domain === '' || NOT_IN_HOST.test(domain)) return undefined;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Zoom's registrant `email` has `format: email` (test/specs/zoom-meeting-api.json), the ASCII
 * mailbox of RFC 5321, not `idn-email`; Webex's spec names no format at all, and its client and our
 * checks use the same ASCII pattern, so neither is sent a name with letters outside ASCII.
 */
function nonAsciiReason(email: string, provider: EmailRules['provider']): string {
  const who = provider
    ? `${PROVIDER_NAMES[provider]} accepts only ASCII e-mail addresses`
    : 'The meeting services accept only ASCII e-mail addresses';
  return `${who}: "${email}" has letters outside ASCII before the @. Ask the person for another address.`;
}

/** The address cleaned of what mail clients wrap it in, or the reason it cannot be used. */
export function checkEmail(raw: string, rules: EmailRules = {}): { email: string } | { reason: string } {
  const written = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim();
  if (written === '') return { reason: 'No e-mail address.' };
  let email = written;
  const at = written.lastIndexOf('@');
  if (at > 0 && !ASCII.test(written)) {
    const local = written.slice(0, at);
    if (!ASCII.test(local)) return { reason: nonAsciiReason(written, rules.provider) };
    const domain = asciiDomain(written.slice(at + 1));
    if (domain === undefined) return { reason: `"${written}" is not a valid e-mail address.` };
    email = `${local}@${domain}`;
  }
  if (email.length > MAX_EMAIL) return { reason: `The address is longer than ${MAX_EMAIL} characters.` };
  if (!EMAIL.test(email)) return { reason: `"${written}" is not a valid e-mail address.` };
  return { email };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const clip = (name: string) => name.trim().slice(0, MAX_NAME).trim();

// What follows a name after a comma when it is not "Last, First": degrees, honours, generations.
const CREDENTIAL =
  /^(?:jr|sr|ii|iii|iv|phd|md|do|esq|dds|dmd|dvm|rn|np|cpa|pe|jd|llm|mba|msc|bsc|ma|ba|ms|bs|med|edd|psyd|mph|mfa|pmp|cissp|facs|frcs|cfa|dipl|ret)\.?$|^(?:[a-z]{1,3}\.){2,4}$/i;

const firstAndRest = (name: string) => {
  const [first = '', ...rest] = name.split(/\s+/);
  const last = clip(rest.join(' '));
  return last === '' ? { firstName: clip(first) } : { firstName: clip(first), lastName: last };
};

/**
 * First and last name. A display name wins ("Ada Lovelace", "Lovelace, Ada" as Outlook writes it,
 * "Jane Doe, PhD" with the degree kept on the last name); without one, the address's local part
 * ("ada.lovelace+news" gives Ada Lovelace), because Zoom requires a first name and a person's
 * address is the best guess we have.
 */
export function namesFor(email: string, display?: string): { firstName: string; lastName?: string } {
  const name = (display ?? '')
    .replace(/^["']+|["']+$/g, '')
    .replace(/^[\s,;]+|[\s,;]+$/g, '')
    .trim();
  if (name !== '' && !name.includes('@')) {
    const [head = '', ...tail] = name.split(',').map((part) => part.trim());
    if (tail.length > 0 && tail.every((part) => CREDENTIAL.test(part))) {
      const { firstName, lastName } = firstAndRest(head);
      return { firstName, lastName: clip([lastName, ...tail].filter(Boolean).join(', ')) };
    }
    if (tail.length > 0) {
      const last = clip(head);
      const first = clip(tail.join(', '));
      if (first !== '') return last === '' ? { firstName: first } : { firstName: first, lastName: last };
    }
    return firstAndRest(name);
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
export function collector(rules: EmailRules = {}) {
  const result: ParseResult = { people: [], rejected: [] };
  return {
    result,
    add(
      line: number,
      text: string,
      rawEmail: string,
      names: { first?: string; last?: string; full?: string },
    ) {
      const checked = checkEmail(rawEmail, rules);
      if ('reason' in checked) result.rejected.push({ line, text: text.trim(), reason: checked.reason });
      else result.people.push(candidate(line, checked.email, names));
    },
    reject(line: number, text: string, reason: string) {
      result.rejected.push({ line, text: text.trim(), reason });
    },
  };
}
