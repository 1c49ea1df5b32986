import type { JobPerson } from '../protocol/registration-job';

/**
 * A spreadsheet evaluates a cell that starts with = + - @ (and, in some, a tab or carriage return)
 * as a formula: a registrant named `=HYPERLINK(...)` would run in the host's spreadsheet. A leading
 * apostrophe makes it text (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const RESULT_COLUMNS = [
  'line',
  'email',
  'first_name',
  'last_name',
  'status',
  'registrant_id',
  'join_url',
  'reason',
  'input',
] as const;

/**
 * One row per line of the input: the results table as a file the host keeps or mails personal links
 * from. An invalid line has no address to show; `input` holds what it said, `reason` why it was not
 * sent.
 */
export function resultsCsv(people: readonly JobPerson[]): string {
  const rows = people.map((p) =>
    [
      String(p.line),
      p.email,
      p.firstName,
      p.lastName ?? '',
      p.outcome?.status ?? 'not-sent',
      p.outcome?.registrantId ?? '',
      p.outcome?.joinUrl ?? '',
      p.outcome?.error ?? '',
      p.text ?? '',
    ].map(csvCell),
  );
  // CRLF (RFC 4180) and a byte-order mark, so Excel reads accented names as UTF-8.
  return `\uFEFF${[RESULT_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}

/**
 * Time left from the job's own pace: people done so far over the time the job has run. Unknown
 * (undefined) until a first answer, and while the job is not running.
 */
export function timeLeftMs(job: {
  state: string;
  createdAt: number;
  updatedAt: number;
  counts: { registered: number; failed: number; remaining: number };
}): number | undefined {
  if (job.state !== 'running') return undefined;
  const done = job.counts.registered + job.counts.failed;
  const elapsed = job.updatedAt - job.createdAt;
  if (done === 0 || elapsed <= 0) return undefined;
  return Math.round((elapsed / done) * job.counts.remaining);
}
