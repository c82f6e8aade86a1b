import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the Electron app itself (`npm run test:electron`).
 * They need the Electron binary; where it is missing they report SKIPPED
 * with the reason rather than pass silently. No webServer: the app serves
 * its own page over app://.
 */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'tests/.artifacts/electron-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'tests/.artifacts/electron-report.json' }]],
  use: { trace: 'retain-on-failure' },
});
