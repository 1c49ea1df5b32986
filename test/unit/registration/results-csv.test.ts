import { describe, expect, it } from 'vitest';
import { csvCell, resultsCsv, timeLeftMs } from '@/lib/registration/results-csv';

describe('results CSV', () => {
  it('neutralises formulas: a cell starting with = + - @ (or tab, CR) becomes text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('Ada')).toBe('Ada');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('has a header, one CRLF row per input line (invalid ones with what they said), a BOM', () => {
    const csv = resultsCsv([
      {
        line: 1,
        email: 'a@x.org',
        firstName: 'A',
        outcome: { status: 'registered', registrantId: 'r', joinUrl: 'https://j' },
      },
      { line: 2, email: 'b@x.org', firstName: 'B', lastName: 'C' },
      {
        line: 3,
        email: '',
        firstName: '',
        text: '+SUM(1,2)',
        outcome: { status: 'invalid', error: 'No e-mail address.' },
      },
    ]);
    expect(csv).toBe(
      '\uFEFFline,email,first_name,last_name,status,registrant_id,join_url,reason,input\r\n' +
        '1,a@x.org,A,,registered,r,https://j,,\r\n' +
        '2,b@x.org,B,C,not-sent,,,,\r\n' +
        `3,,,,invalid,,,No e-mail address.,"'+SUM(1,2)"\r\n`,
    );
  });
});

describe('time left', () => {
  const job = (state: string, done: number, remaining: number) => ({
    state,
    createdAt: 0,
    updatedAt: 10_000,
    counts: { registered: done, failed: 0, remaining },
  });
  it("is the job's own pace times what remains", () => {
    expect(timeLeftMs(job('running', 40, 60))).toBe(15_000);
  });
  it('is unknown before a first answer and while not running', () => {
    expect(timeLeftMs(job('running', 0, 60))).toBeUndefined();
    expect(timeLeftMs(job('waiting', 40, 60))).toBeUndefined();
  });
});
