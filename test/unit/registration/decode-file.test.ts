import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '@/lib/registration/decode-file';
import { parseCsv } from '@/lib/registration/parse';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf16 = (text: string, bigEndian: boolean, bom = true) => {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return Uint8Array.from(bytes);
};

const CSV = 'Email;First name;Last name\r\njuergen@example.de;Jürgen;Müller\r\n';

describe('reading a chosen file as text', () => {
  it('imports a Latin-1 (windows-1252) "Jürgen Müller" as such, and says it guessed', () => {
    const decoded = decodeTextFile(latin1(CSV));
    expect(decoded).toEqual({ ok: true, text: CSV, encoding: 'windows-1252' });
    const people = parseCsv(decoded.ok ? decoded.text : '').people;
    expect(people).toEqual([
      { line: 2, email: 'juergen@example.de', firstName: 'Jürgen', lastName: 'Müller' },
    ]);
  });

  it('reads windows-1252 characters Latin-1 lacks (€, curly quotes) as windows-1252 does', () => {
    const bytes = Uint8Array.from([...latin1('Name\r\n'), 0x80, 0x93, 0x41, 0x94]);
    expect(decodeTextFile(bytes)).toMatchObject({ ok: true, text: 'Name\r\n€“A”', encoding: 'windows-1252' });
  });

  it('takes UTF-8 with a BOM, and UTF-8 without one when the bytes are valid UTF-8', () => {
    const utf8 = new TextEncoder().encode(CSV);
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: CSV,
      encoding: 'utf-8',
    });
    expect(decodeTextFile(utf8.buffer)).toEqual({ ok: true, text: CSV, encoding: 'utf-8' });
  });

  it('takes UTF-16 by its BOM, little- and big-endian (Excel\'s "Unicode text"), and without one', () => {
    expect(decodeTextFile(utf16(CSV, false))).toEqual({ ok: true, text: CSV, encoding: 'utf-16le' });
    expect(decodeTextFile(utf16(CSV, true))).toEqual({ ok: true, text: CSV, encoding: 'utf-16be' });
    expect(decodeTextFile(utf16(CSV, false, false))).toEqual({ ok: true, text: CSV, encoding: 'utf-16le' });
  });

  it('refuses empty files, workbooks and other binary files, each by name', () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(decodeTextFile(latin1(' \r\n\r\n'))).toEqual({ ok: false, problem: 'empty' });
    expect(decodeTextFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]))).toEqual({
      ok: false,
      problem: 'workbook',
    });
    const pdf = Uint8Array.from([...latin1('%PDF-1.7\n'), 0xe2, 0xe3, 0xcf, 0xd3, 0, 1, 2, 3]);
    expect(decodeTextFile(pdf)).toEqual({ ok: false, problem: 'binary' });
  });
});
