// Unit and integration tests (core, workers, electron handlers, CLI). End-to-end tests in
// Chromium have their own config: test/e2e/vitest.e2e.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'workers/**/*.test.ts', 'electron/**/*.test.ts', 'cli/**/*.test.ts', 'renderer/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup/fast-check.ts'],
    // Builds the compiled CLI (cli/dist) once, before the tests that spawn it.
    globalSetup: ['test/unit/cli/build-cli.global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
