import { browser } from 'wxt/browser';

/**
 * Every string a person reads comes from `_locales`. A missing key shows the key itself, which a test
 * (locales.test.ts) catches before a person does.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // The generated WxtI18n type only knows keys after `wxt prepare`; keep this wrapper loose.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}
