import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { needsProxy, PROXY_HEADER, startRequestHook } from "./request-start";

describe("needsProxy", () => {
  it("sends writes, unusual addresses and every request during an outage through the proxy", () => {
    expect(needsProxy("GET", "/briefs/kyiv-recalls-envoy", false)).toBe(false);
    expect(needsProxy("HEAD", "/", false)).toBe(false);
    expect(needsProxy("GET", "/api/v1/briefs?limit=5", false)).toBe(false);
    expect(needsProxy("POST", "/briefs/kyiv-recalls-envoy", false)).toBe(true);
    expect(needsProxy("OPTIONS", "/api/v1/briefs/x", false)).toBe(true);
    expect(needsProxy("GET", "/briefs/%00", false)).toBe(true);
    expect(needsProxy("GET", "/briefs/a\u00e9", false)).toBe(true);
    expect(needsProxy("GET", "/briefs/kyiv-recalls-envoy", true)).toBe(true);
  });
});

describe("startRequestHook", () => {
  it("gives each request an id and replaces a client's own proxy mark", async () => {
    startRequestHook();
    const server = createServer((request, response) =>
      response.end(JSON.stringify({ id: request.headers["x-request-id"], mark: request.headers[PROXY_HEADER] ?? null })),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/briefs/a`;
      const answer = await fetch(url, { headers: { [PROXY_HEADER]: "1", "x-request-id": "lb-trace-0042" } });
      expect(await answer.json()).toEqual({ id: "lb-trace-0042", mark: null });
      expect(answer.headers.get("x-request-id")).toBe("lb-trace-0042");
      const odd = await (await fetch(`${url}%00`, { headers: { "x-request-id": 'bad"id' } })).json();
      expect(odd.mark).toBe("1");
      expect(odd.id).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      server.close();
    }
  });

  it("answers a search at its cached results path without the proxy, unless its address is unsafe", async () => {
    startRequestHook();
    const server = createServer((request, response) =>
      response.end(JSON.stringify({ url: request.url, mark: request.headers[PROXY_HEADER] ?? null })),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await (await fetch(`${origin}/search?q=georgia%20recognition`)).json()).toEqual({
        url: "/search/results/q%3Dgeorgia%2Brecognition",
        mark: null,
      });
      expect(await (await fetch(`${origin}/search?q=georgia%00`)).json()).toEqual({ url: "/search?q=georgia%00", mark: "1" });
      expect(await (await fetch(`${origin}/search?q=georgia`, { method: "POST" })).json()).toEqual({ url: "/search?q=georgia", mark: "1" });
    } finally {
      server.close();
    }
  });
});
