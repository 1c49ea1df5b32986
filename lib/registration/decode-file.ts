/**
 * Turning a chosen file's bytes into text. Spreadsheets save CSV in more than one encoding: Excel's
 * "CSV UTF-8" starts with a byte-order mark, its "Unicode text" is UTF-16 with one, and its plain
 * "CSV" on Windows is windows-1252, which read as UTF-8 turns "Jürgen" into "J�rgen". So: a BOM
 * decides; else the bytes are UTF-8 if they are valid UTF-8 (ASCII is); else windows-1252, and the
 * page says so, because that last one is a guess.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedFile =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; problem: 'empty' | 'workbook' | 'binary' };

/** How much of the file the binary checks look at: enough for any header and many rows. */
const SAMPLE = 8192;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

// Workbooks rather than CSV: xlsx and ods are ZIP archives; xls is an OLE compound file.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** UTF-16 without a BOM: ASCII text then has a zero in every other byte, on one side only. */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Control characters other than tab, line feed, carriage return and form feed do not occur in a
 * list of people; a NUL is the surest sign of an image, a PDF or a database file.
 */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.01;
}

// windows-1252's 0x80-0x9F (undefined bytes keep their code point, as browsers do). Written out
// because some runtimes' TextDecoder('windows-1252') decodes those bytes as Latin-1 controls.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    chars.push(String.fromCharCode(...codes));
  }
  return chars.join('');
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array): DecodedFile {
  // TextDecoder drops a leading BOM of its own encoding.
  const text = encoding === 'windows-1252' ? windows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return text.trim() === '' ? { ok: false, problem: 'empty' } : { ok: true, text, encoding };
}

export function decodeTextFile(buffer: ArrayBuffer | Uint8Array): DecodedFile {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes);
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return { ok: false, problem: 'workbook' };
  const sample = bytes.subarray(0, SAMPLE);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return decodeWith(utf16, bytes);
  if (looksBinary(sample)) return { ok: false, problem: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.trim() === '' ? { ok: false, problem: 'empty' } : { ok: true, text, encoding: 'utf-8' };
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}
