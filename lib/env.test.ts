import { describe, expect, it } from "vitest";
import { siteOrigin } from "./env";

describe("siteOrigin", () => {
  it("is SITE_URL, else NEXTAUTH_URL, else the local default, as an origin without a path", () => {
    expect(siteOrigin({ SITE_URL: "https://briefs.example.org/", NEXTAUTH_URL: "https://desk.example.org" })).toBe("https://briefs.example.org");
    expect(siteOrigin({ NEXTAUTH_URL: "https://desk.example.org:8443/api/auth" })).toBe("https://desk.example.org:8443");
    expect(siteOrigin({})).toBe("http://localhost:3000");
  });
});
