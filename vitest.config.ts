import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    setupFiles: ['./tests/setup/fast-check-seed.ts', './tests/setup/preact-frames.ts'],
    // Some tests build 150 000-element pages or run 1 000 property cases: on 2 busy cores they need more
    // than the default 5 s. A longer limit is not a retry: a wrong answer still fails at once.
    testTimeout: 30_000,
  },
});
