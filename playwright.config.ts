import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Software drawing, as a desktop with hardware acceleration off, and as the graph bench runs: the emulated
  // GPU (SwiftShader) took 2–5 s per frame of the sample vault's graph on a loaded 2-core machine, so one
  // drag of ten mouse moves outlasted a test (25–460 ms each here with this flag).
  '--disable-gpu',
];

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
    // The UI follows the browser's language; specs that check English text get English (e2e/i18n.spec.ts checks both).
    locale: 'en-US',
  },
  projects: [
    {
      name: 'browser',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    {
      // Same specs through `_electron.launch`; skipped with the reason where no Electron binary exists.
      // The page fixture still needs a browser to exist, so it gets the same one as above.
      name: 'electron',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
  ],
});
