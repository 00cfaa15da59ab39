// End-to-end tests of the release page (dist/), in the system's Chromium, fully offline.
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.E2E_PORT || 8765);

module.exports = defineConfig({
  testDir: 'e2e',
  // One worker: the machine has two cores and the tests share one static server.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      // Without the background-networking flags Chromium itself tries to reach outside hosts.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    // The server's access log would drown the test list; a server that fails to start still fails the run.
    stderr: 'ignore',
  },
});
