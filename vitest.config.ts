import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit, component and sandbox tests: fast, no browser. The e2e suite has its own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
