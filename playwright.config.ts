import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, E2E_PORT, OWNER_STATE } from "./e2e/fixtures/accounts";

// End-to-end tests drive Debian's Chromium (browsers cannot be downloaded here) against
// the app built and started on a fresh, seeded SQLite database by scripts/e2e-server.mjs.
// That server trusts the test CA and may reach localhost, for the HTTPS receiver of the
// webhook specs (e2e/fixtures/receiver.ts); a server reused on PORT must be started the same way.
// It bootstraps an owner (e2e/fixtures/accounts.ts); the "setup" project signs them in once and
// every spec starts signed in as the owner (pages and the `request` fixture alike).

export default defineConfig({
  testDir: "e2e",
  // Its own folder: Playwright empties outputDir, and test-results/ also holds the other suites' reports.
  outputDir: "test-results/playwright",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: "auth.setup.ts", use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, storageState: OWNER_STATE },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    // The health check answers without signing in (pages now send the browser to sign-in).
    url: `${BASE_URL}/api/health`,
    env: { PORT: String(E2E_PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
