import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addScriptPolicy, inlineScriptHashes } from "@/lib/db/shared-cache-handler.mjs";
import { contentSecurityPolicy, newNonce, rendersPerRequest, strictTransportSecurity } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("which routes render per request", () => {
  it("is the desk, sign-in, password links, the API and search, and nothing that merely starts alike", () => {
    for (const path of ["/desk", "/desk/briefs/1", "/signin", "/set-password/abc", "/api/health", "/search"]) expect(rendersPerRequest(path), path).toBe(true);
    for (const path of ["/", "/page/2", "/briefs/desk-news", "/topics", "/about", "/feed.xml", "/searches", "/desktop"]) expect(rendersPerRequest(path), path).toBe(false);
  });
});

describe("the content security policy", () => {
  it("allows scripts on per-request pages only with the nonce, never inline", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", https: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  });

  it("locks framing, plugins, <base> and form targets on every page", () => {
    for (const policy of [contentSecurityPolicy({ https: false }), contentSecurityPolicy({ nonce: "n", https: true })]) {
      expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
      expect(directive(policy, "object-src")).toBe("object-src 'none'");
      expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
      expect(directive(policy, "form-action")).toBe("form-action 'self'");
      expect(directive(policy, "script-src-attr")).toBe("script-src-attr 'none'");
    }
  });

  it("upgrades insecure requests and sends HSTS only for an https site in production", () => {
    expect(contentSecurityPolicy({ https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ https: false })).not.toContain("upgrade-insecure-requests");
    expect(strictTransportSecurity({ https: true, production: true })).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(strictTransportSecurity({ https: false, production: true })).toBeNull();
    expect(strictTransportSecurity({ https: true, production: false })).toBeNull();
  });

  it("makes a new unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the script policy of a cached page", () => {
  const html = [
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>',
    "<body><script>self.__next_f=self.__next_f||[]</script>",
    '<script id="_R_">self.__next_f.push([1,"a < b"])</script>',
    "<script>self.__next_f=self.__next_f||[]</script></body></html>",
  ].join("");

  it("lists the hash of each distinct inline script, not files or data blocks", () => {
    expect(inlineScriptHashes(html)).toEqual([sha256("self.__next_f=self.__next_f||[]"), sha256('self.__next_f.push([1,"a < b"])')]);
  });

  it("is stored with HTML pages only, and allows nothing inline but those scripts", () => {
    const page = addScriptPolicy({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "_N_T_/layout" } as Record<string, string> });
    expect(page.headers["content-security-policy"]).toBe(
      `script-src 'self' ${sha256("self.__next_f=self.__next_f||[]")} ${sha256('self.__next_f.push([1,"a < b"])')}; script-src-attr 'none'`,
    );
    expect(page.headers["x-next-cache-tags"]).toBe("_N_T_/layout");
    const feed = addScriptPolicy({ kind: "APP_ROUTE", body: Buffer.from("<feed/>"), headers: {} as Record<string, string> });
    expect(feed.headers).toEqual({});
  });
});
