import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/support/chromium.js';

export const E2E_PORT = 5199;

/** End-to-end tests of browser mode: the real core and host, the built renderer, Debian Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.artifacts/e2e-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'tests/.artifacts/e2e-report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `tsx tests/e2e/support/start-host.ts --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}`,
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 60_000,
  },
});
