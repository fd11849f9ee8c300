import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addScriptPolicy, classifyInlineScripts } from "@/lib/db/cached-page-scripts.mjs";
import { contentSecurityPolicy, newNonce, rendersPerRequest, strictTransportSecurity } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("which routes render per request", () => {
  it("is the desk, sign-in, password links, the API and search, and nothing that merely starts alike", () => {
    for (const path of ["/desk", "/desk/briefs/1", "/signin", "/set-password/abc", "/api/health", "/search"])
      expect(rendersPerRequest(path), path).toBe(true);
    for (const path of ["/", "/page/2", "/briefs/desk-news", "/topics", "/about", "/feed.xml", "/searches", "/desktop"])
      expect(rendersPerRequest(path), path).toBe(false);
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
  // A page as Next writes it: its RSC payload streamed into flight-data scripts, the
  // flight bootstrap and Turbopack's chunk-group bootstrap, plus one script that
  // got into the HTML some other way.
  const payload = '0:["$","p",null,{"children":"a < b"}]\n1:"é"\n';
  const rscData = Buffer.from(payload, "utf8");
  const chunks = [payload.slice(0, 20), payload.slice(20)];
  const turbopack =
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';
  const bootstraps = new Set([turbopack]);
  const flight = (data: string) => `self.__next_f.push(${JSON.stringify([1, data]).replace(/</g, "\\u003c")})`;
  const bootstrap = "(self.__next_f=self.__next_f||[]).push([0])";
  const script = (code: string, attributes = "") => `<script${attributes}>${code}</script>`;
  const page = (...scripts: string[]) =>
    [
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>',
      ...scripts,
      "</body></html>",
    ].join("");
  const own = [script(turbopack, ' id="_R_"'), script(bootstrap), script(flight(chunks[0]!)), script(flight(chunks[1]!))];
  const ownHashes = [sha256(turbopack), sha256(bootstrap), sha256(flight(chunks[0]!)), sha256(flight(chunks[1]!))];

  it("hashes exactly Next's own inline scripts, not files or data blocks", () => {
    expect(classifyInlineScripts(page(...own), { rscData, bootstraps })).toEqual({ hashes: ownHashes, foreign: [] });
  });

  it("does not hash an injected script, wherever it stands and whatever it imitates", () => {
    const injected = [
      "alert(document.cookie)",
      // the shape of a flight chunk, but not the page's own data
      flight('0:["$","script",null,{"children":"alert(1)"}]\n'),
      // a flight chunk with code after it
      `${flight(chunks[0]!)};alert(1)`,
      `${bootstrap};alert(1)`,
      // a Turbopack bootstrap this build never wrote
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/evil.js"],"runtimeModuleIds":[2]});',
    ];
    for (const code of injected) {
      for (const at of [0, 2, 4]) {
        const scripts = [...own];
        scripts.splice(at, 0, script(code));
        const { hashes, foreign } = classifyInlineScripts(page(...scripts), { rscData, bootstraps });
        expect(foreign, `${code} at ${at}`).toEqual([code]);
        expect(hashes, `${code} at ${at}`).not.toContain(sha256(code));
        expect(new Set(hashes), `${code} at ${at}`).toEqual(new Set(ownHashes));
      }
    }
    // JavaScript by another type name is still script; a data block is not
    expect(classifyInlineScripts(page(script("alert(1)", ' type="module"')), { rscData }).foreign).toEqual(["alert(1)"]);
    expect(classifyInlineScripts(page(script("alert(1)", " type='text/javascript'")), { rscData }).foreign).toEqual(["alert(1)"]);
    expect(classifyInlineScripts(page(script("{}", ' type="application/json"')), { rscData }).foreign).toEqual([]);
  });

  it("hashes no flight data at all without the page's payload to check it against", () => {
    expect(classifyInlineScripts(page(...own), { bootstraps }).hashes).toEqual([sha256(turbopack), sha256(bootstrap)]);
  });

  it("is stored with HTML pages only, and allows nothing inline but Next's scripts", () => {
    const heard: string[][] = [];
    const html = page(...own, script("alert(1)"));
    const stored = addScriptPolicy(
      { kind: "APP_PAGE", html, rscData, headers: { "x-next-cache-tags": "_N_T_/layout" } as Record<string, string> },
      { bootstraps, onForeign: (scripts) => heard.push(scripts) },
    );
    expect(stored.headers["content-security-policy"]).toBe(`script-src 'self' ${ownHashes.join(" ")}; script-src-attr 'none'`);
    expect(stored.headers["x-next-cache-tags"]).toBe("_N_T_/layout");
    expect(heard).toEqual([["alert(1)"]]);
    const feed = addScriptPolicy({ kind: "APP_ROUTE", body: Buffer.from("<feed/>"), headers: {} as Record<string, string> });
    expect(feed.headers).toEqual({});
  });
});

describe("the static policy next.config.js sends", () => {
  it("is the base policy of a cached page, for every path but those rendered per request", async () => {
    const { STATIC_POLICY, STATIC_POLICY_SOURCE } = await import("./static-policy.mjs");
    expect(STATIC_POLICY).toBe(contentSecurityPolicy({ https: false }));
    // @ts-expect-error Next's bundled path-to-regexp, which reads `headers()` sources, has no types
    const { pathToRegexp } = (await import("next/dist/compiled/path-to-regexp")) as { pathToRegexp: (source: string) => RegExp };
    const matches = (path: string) => pathToRegexp(STATIC_POLICY_SOURCE).test(path);
    for (const path of [
      "/",
      "/page/2",
      "/briefs/desk-news",
      "/topics",
      "/about",
      "/feed.xml",
      "/searches",
      "/desktop",
      "/apiary",
      "/search/results/q%3Dharbour",
    ]) {
      expect(matches(path), path).toBe(true);
      expect(rendersPerRequest(path), path).toBe(false);
    }
    for (const path of [
      "/desk",
      "/desk/briefs/1",
      "/signin",
      "/set-password/abc",
      "/api/health",
      "/api/v1/briefs/x",
      "/search",
      "/search/other",
    ]) {
      expect(matches(path), path).toBe(false);
      expect(rendersPerRequest(path), path).toBe(true);
    }
  });
});
