import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { webexOptions } from '@/components/webex-options';
import { zoomOptions } from '@/components/zoom-options';

// The options page's provider tables name their strings by message key (`text`, `label`), where the
// locales test's scan for t('…') cannot see them: every key they name must exist in every locale.

const ROOT = resolve(import.meta.dirname, '../../..');
const messages = (locale: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));

/** Every string under a `text` or `label` field, however deep. */
function messageKeys(value: unknown, inText = false): string[] {
  if (typeof value === 'string') return inText ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => messageKeys(v, inText));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => messageKeys(v, inText || k === 'text' || k === 'label'));
  return [];
}

describe('the options page provider tables', () => {
  it.each([
    ['Zoom', zoomOptions],
    ['Webex', webexOptions],
  ])('%s: every message key it names exists in en and de', (_name, options) => {
    const keys = messageKeys(options);
    expect(keys.length).toBeGreaterThan(4);
    for (const locale of ['en', 'de']) {
      const known = messages(locale);
      expect(
        keys.filter((k) => !(k in known)),
        locale,
      ).toEqual([]);
    }
  });
});
