import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the built extension (.output/chrome-mv3), and
// Debian's firefox-esr with the Firefox build (.output/firefox-mv2; tests/e2e/firefox/): one
// browser per test file, files one after another (two cores, and each launch is heavy).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    pool: 'forks',
  },
});
