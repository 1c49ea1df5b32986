import { browser } from 'wxt/browser';

// The bench's baseline worker: built by the same WXT setup as the extension, it answers every
// message at once, as the extension's router would answer a valid one.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(async () => ({ ok: true, data: {} }));
});
