import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { freePort } from "@/lib/db/embedded";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("a load balancer finds the app alive and ready, never from a cache", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  expect(health.headers()["cache-control"]).toContain("no-store");

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
  expect(ready.headers()["cache-control"]).toContain("no-store");
});

test("every response carries a request id: the caller's when it is sane, else a new one", async ({ request }) => {
  const given = await request.get("/api/health", { headers: { "x-request-id": "lb-trace-0042" } });
  expect(given.headers()["x-request-id"]).toBe("lb-trace-0042");

  const forged = await request.get("/api/health", { headers: { "x-request-id": 'x"} {"level":"fatal' } });
  expect(forged.headers()["x-request-id"]).toMatch(UUID);

  // cached reader pages too, each request with its own id
  const first = await request.get("/");
  const second = await request.get("/");
  expect(first.headers()["x-request-id"]).toMatch(UUID);
  expect(second.headers()["x-request-id"]).toMatch(UUID);
  expect(second.headers()["x-request-id"]).not.toBe(first.headers()["x-request-id"]);
});

test("the request id a caller gets back is on the server's log line about that request", async ({ request }) => {
  // A second server from the same production build, whose stdout this test reads,
  // on a database address where nothing answers: /api/ready then logs why.
  const port = await freePort();
  let stdout = "";
  const server = spawn(process.execPath, [createRequire(import.meta.url).resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: `postgresql://nobody:hunter2-secret@127.0.0.1:${await freePort()}/none`, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect(async () => expect((await request.get(`${base}/api/health`)).status()).toBe(200)).toPass({ timeout: 30_000 });

    const requestId = `e2e-${randomBytes(6).toString("hex")}`;
    const ready = await request.get(`${base}/api/ready`, { headers: { "x-request-id": requestId } });
    expect(ready.status()).toBe(503);
    expect(ready.headers()["retry-after"]).toBe("5");
    expect(ready.headers()["x-request-id"]).toBe(requestId);
    expect(await ready.json()).toEqual({ status: "unavailable", reason: "database unavailable" });

    await expect.poll(() => stdout.includes(requestId), { timeout: 10_000 }).toBe(true);
    const line = stdout.split("\n").find((l) => l.includes(requestId))!;
    expect(JSON.parse(line)).toMatchObject({
      level: "warn",
      requestId,
      msg: "Not ready: database unavailable",
      err: { message: expect.any(String) },
    });
    expect(stdout).not.toContain("hunter2-secret");
  } finally {
    server.kill("SIGTERM");
  }
});
