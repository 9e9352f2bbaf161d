import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium: Playwright's own browser download cannot reach its host from these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its output directory when a run starts: its own folder, so the annual report's PNGs that
  // Vitest wrote to test-results/annual-report/ earlier in CI (issue #17) are still there to keep as artifacts.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { baseURL, locale: 'fa-IR', timezoneId: 'Asia/Tehran', trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions }, testIgnore: /\.alone\.spec\.ts/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testMatch: /home\.spec\.ts/ },
    // Journeys that change a setting every other journey reads (the training gate, issue #18) run once the others
    // are done, so no member report elsewhere is refused while the gate is on.
    { name: 'alone', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /\.alone\.spec\.ts/, dependencies: ['mobile', 'desktop'] },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    env: { E2E_PORT: String(PORT) },
  },
});
