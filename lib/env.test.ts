import { afterEach, describe, expect, it } from "vitest";
import { env, readEnv, siteOrigin } from "./env";
import { setTestEnv } from "./test-env";

describe("siteOrigin", () => {
  it("is SITE_URL, else NEXTAUTH_URL, else the local default, as an origin without a path", () => {
    expect(siteOrigin({ SITE_URL: "https://briefs.example.org/", NEXTAUTH_URL: "https://desk.example.org" })).toBe(
      "https://briefs.example.org",
    );
    expect(siteOrigin({ NEXTAUTH_URL: "https://desk.example.org:8443/api/auth" })).toBe("https://desk.example.org:8443");
    expect(siteOrigin({})).toBe("http://localhost:3000");
  });

  it("falls back to this server's port, so one-time links work on a desk run on another port", () => {
    expect(siteOrigin({ PORT: 3300 })).toBe("http://localhost:3300");
  });
});

describe("env", () => {
  afterEach(() => setTestEnv({ BRIEFDESK_API_TOKEN_LIMIT: undefined }));

  it("parses the environment once and keeps it, until a test resets it", () => {
    setTestEnv({ BRIEFDESK_API_TOKEN_LIMIT: "7" });
    expect(env().BRIEFDESK_API_TOKEN_LIMIT).toBe(7);
    process.env.BRIEFDESK_API_TOKEN_LIMIT = "8";
    expect(env().BRIEFDESK_API_TOKEN_LIMIT).toBe(7);
    setTestEnv({});
    expect(env().BRIEFDESK_API_TOKEN_LIMIT).toBe(8);
  });

  it("refuses an invalid environment, naming the variable", () => {
    expect(() => readEnv({ ...process.env, PORT: "none" })).toThrow(/PORT/);
  });
});
