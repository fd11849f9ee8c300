// End-to-end tests drive real Chromium against the production build, served by
// scripts/e2e-server.ts on a throwaway database of its own.
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Evaluated again in every worker: the first evaluation picks the names, workers
// inherit them through the environment.
process.env.BRIEFDESK_E2E_ID ??= randomBytes(6).toString("hex");
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

process.env.BRIEFDESK_E2E_SECRET ??= randomBytes(32).toString("base64url");
process.env.BRIEFDESK_E2E_DB_PORT ??= String(port + 1);
process.env.BRIEFDESK_E2E_DATA_DIR ??= join(tmpdir(), `briefdesk-e2e-${process.env.BRIEFDESK_E2E_ID}`);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  globalTeardown: "./e2e/global-teardown.ts",
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://localhost:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: process.env.BRIEFDESK_E2E_SECRET,
      BRIEFDESK_EMBEDDED_PORT: process.env.BRIEFDESK_E2E_DB_PORT,
      // e2e/webhooks.spec.ts delivers to a receiver on 127.0.0.1
      BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: "on",
      // e2e/capture.spec.ts captures pages from a fixture server on 127.0.0.1 (test-only; npm start refuses it)
      BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: "on",
    },
  },
});
