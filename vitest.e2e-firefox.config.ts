import { defineConfig } from 'vitest/config';

// End-to-end in Firefox: Debian's firefox-esr over WebDriver BiDi with the built Firefox extension.
// Serial, since each file owns a browser.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
