import { describe, expect, it } from "vitest";
import { refusesCrossOrigin } from "./same-origin";

const request = (method: string, headers: Record<string, string>) => ({
  method,
  headers: new Headers({ host: "news.example", ...headers }),
});

describe("refusing cross-origin requests that would act with the caller's cookies", () => {
  it("lets our own pages post", () => {
    expect(refusesCrossOrigin(request("POST", { origin: "https://news.example" }))).toBe(false);
    expect(refusesCrossOrigin(request("POST", { origin: "https://cms.internal", "x-forwarded-host": "cms.internal" }))).toBe(false);
  });

  it("refuses another site, a sandboxed frame and a browser that says the request is cross-site", () => {
    expect(refusesCrossOrigin(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(refusesCrossOrigin(request("DELETE", { origin: "http://news.example.evil.example" }))).toBe(true);
    expect(refusesCrossOrigin(request("POST", { origin: "null" }))).toBe(true);
    expect(refusesCrossOrigin(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("never refuses reading, or a call authenticated by a token rather than cookies", () => {
    expect(refusesCrossOrigin(request("GET", { origin: "https://evil.example" }))).toBe(false);
    expect(refusesCrossOrigin(request("POST", { origin: "https://evil.example", authorization: "Bearer bd_123" }))).toBe(false);
  });
});
