import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { extraPorts, loopbackCaptureRefusal } from "./capture-settings";

describe("the test-only loopback capture setting", () => {
  const on = { BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: "on" as const };
  it("makes the production start refuse to start", () => {
    expect(loopbackCaptureRefusal(on, { dev: false, e2eServer: false })).toMatch(/test-only setting .* refusing to start/);
  });
  it("is honoured by the e2e server and the dev server only", () => {
    expect(loopbackCaptureRefusal(on, { dev: false, e2eServer: true })).toBeUndefined();
    expect(loopbackCaptureRefusal(on, { dev: true, e2eServer: false })).toBeUndefined();
    expect(loopbackCaptureRefusal({ BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: "off" }, { dev: false, e2eServer: false })).toBeUndefined();
  });
  it("stops `npm start` before it touches a database", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: "on",
        DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
        BRIEFDESK_DATA_DIR: "/nonexistent",
      },
      encoding: "utf8",
      timeout: 50_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("BRIEFDESK_CAPTURE_ALLOW_LOOPBACK=on is a test-only setting");
  }, 60_000); // starting tsx takes seconds on a busy machine
});

describe("extra capture ports", () => {
  it("reads a comma-separated list and drops what is not a port", () => {
    expect(extraPorts("8080,8443")).toEqual([8080, 8443]);
    expect(extraPorts("0,70000")).toEqual([]);
    expect(extraPorts(undefined)).toEqual([]);
  });
});
