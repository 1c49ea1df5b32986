import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));

describe('UI strings', () => {
  const english = messages('en');

  it('every t("key") used in the code exists in the English messages', () => {
    const missing: string[] = [];
    for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!english[match[1]!]) missing.push(`${match[1]} (${file.slice(ROOT.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every other locale has exactly the English keys', () => {
    for (const locale of readdirSync(join(ROOT, 'public/_locales')).filter((l) => l !== 'en')) {
      expect(Object.keys(messages(locale)).sort(), locale).toEqual(Object.keys(english).sort());
    }
  });
});
