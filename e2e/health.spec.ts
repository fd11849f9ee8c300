import { expect, test } from "@playwright/test";

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
