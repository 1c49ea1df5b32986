/** `t` as the content side takes it: a _locales key and its substitutions, to a sentence. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * `t` for content scripts. lib/i18n.ts goes through wxt/browser, which brings webextension-polyfill
 * (~12 kB, half the content-script budget) for a call that is synchronous and identical in every
 * browser. Same contract: the key itself when the message is missing.
 */
export const contentT: Translate = (key, substitutions) => {
  type I18n = {
    getMessage(key: string, substitutions?: string | string[]): string;
  };
  const g = globalThis as {
    browser?: { i18n?: I18n };
    chrome?: { i18n?: I18n };
  };
  const i18n = g.browser?.i18n ?? g.chrome?.i18n;
  return i18n?.getMessage(key, substitutions) || key;
};
