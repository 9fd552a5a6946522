import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run e2e side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 8090);
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // One embedded cluster is shared by every test (reset before each), and the machine has 2 cores.
  workers: 1,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/ui/`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright never downloads a browser on this machine.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${PORT}/ui/`,
    env: { PORT: String(PORT), OUT_DIR: `node_modules/.cache/e2e-dist-${PORT}` },
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
