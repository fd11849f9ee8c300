import { afterEach, describe, expect, it, vi } from "vitest";
import { noteDatabaseAnswered, noteDatabaseFailure } from "@/lib/db/availability";
import { resetEnv } from "@/lib/env";
import { serveDuringOutage } from "./serve-during-outage";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  resetEnv();
  noteDatabaseAnswered();
});

const get = (path: string) => new Request(`http://127.0.0.1:3000${path}`, { headers: { accept: "text/html", "accept-encoding": "gzip" } });

function appAnswers(status: number, body: string) {
  const fetch = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(
    async () => new Response(body, { status, headers: { "content-type": "text/html", "x-nextjs-cache": "STALE" } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("serveDuringOutage", () => {
  it("lets every request through while the database answers", async () => {
    const fetch = appAnswers(200, "page");
    expect(await serveDuringOutage(get("/briefs/a"), "/briefs/a")).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("during an outage, serves a page the app still has, as it is", async () => {
    noteDatabaseFailure();
    const fetch = appAnswers(200, "<h1>Cached brief</h1>");
    const response = (await serveDuringOutage(get("/briefs/a"), "/briefs/a"))!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<h1>Cached brief</h1>");
    const headers = new Headers(fetch.mock.calls[0]![1]!.headers);
    expect(headers.get("x-briefdesk-outage-guard")).toBe("1");
    expect(headers.has("accept-encoding")).toBe(false);
  });

  it("during an outage, turns a failed page into a friendly 503 with Retry-After", async () => {
    noteDatabaseFailure();
    appAnswers(500, "Internal Server Error");
    const response = (await serveDuringOutage(get("/briefs/b"), "/briefs/b"))!;
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.text()).toContain("This page is briefly unavailable");
  });

  it("asks this very server, not whatever the public Host leads to", async () => {
    noteDatabaseFailure();
    vi.stubEnv("PORT", "4321");
    resetEnv();
    const fetch = appAnswers(200, "page");
    await serveDuringOutage(new Request("https://briefdesk.example/briefs/a?x=1"), "/briefs/a");
    expect(fetch.mock.calls[0]![0]).toBe("http://127.0.0.1:4321/briefs/a?x=1");
  });

  it("leaves the desk, the API and its own inner requests alone", async () => {
    noteDatabaseFailure();
    const fetch = appAnswers(500, "");
    expect(await serveDuringOutage(get("/desk/briefs/x"), "/desk/briefs/x")).toBeUndefined();
    expect(await serveDuringOutage(get("/api/ready"), "/api/ready")).toBeUndefined();
    const inner = new Request("http://127.0.0.1:3000/", { headers: { "x-briefdesk-outage-guard": "1" } });
    expect(await serveDuringOutage(inner, "/")).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});
