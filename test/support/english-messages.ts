import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// The one i18n test double: the real English messages (public/_locales/en), so tests read the
// sentences a person reads and fail when a label loses its provider or a key goes missing.

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const EN: Messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
);

/** As chrome.i18n.getMessage does it: named placeholders filled from `$1`…; '' for an unknown key. */
export function english(key: string, substitutions?: string | string[]): string {
  const entry = EN[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions)
    ? substitutions
    : substitutions === undefined
      ? []
      : [substitutions];
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_m, n: string) => subs[Number(n) - 1] ?? '',
    ),
  );
}

/** A `t` over the English messages; the key itself when missing, as contentT answers. */
export const t = (key: string, substitutions?: string | string[]) => english(key, substitutions) || key;

/** Points `browser.i18n.getMessage` (contentT, the views' `t`) at the English messages for the current test. */
export const englishMessages = () =>
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(english as never);
