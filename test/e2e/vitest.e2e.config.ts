// End-to-end tests: the built web app (dist-web/, `npm run build:web`) in Debian's Chromium
// through playwright-core. One browser for the run (global setup), one page per test file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
  },
});
