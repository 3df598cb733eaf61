import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox ESR: the Firefox package (npm run zip) installed over WebDriver BiDi with
// puppeteer-core, in a real window on a virtual display. After the Chromium tier; one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    reporters: ['default', './tests/summary-reporter.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 20_000,
  },
});
