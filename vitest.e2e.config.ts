import { defineConfig } from 'vitest/config';

// End-to-end: real Chromium with the built extension. Serial, since each file owns a browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
