import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. One browser at a time (2 cores), long
// timeouts for launches and for the engine's first comparison. Build first: `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    reporters: ['default', './tests/summary-reporter.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
