// Issue 14, item 7: anyone could fill the disk through the page cache by asking for
// URLs that do not exist. Next's cache handler as the app configures it
// (shared-cache-handler.mjs) on a build folder of its own: not-found and redirect
// renders are never stored, and the pages it does store are bounded in number.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { nodeFs } = require("next/dist/server/lib/node-fs-methods");

const MAX = 5;
const serverDistDir = mkdtempSync(join(tmpdir(), "briefdesk-route-cache-"));
const briefsRoute = "/route-cache/APP_PAGE/" + "b".repeat(64) + "/$/briefs/";
const cacheControl = { revalidate: 10, expire: 31_536_000 };

type Handler = InstanceType<typeof import("./shared-cache-handler.mjs").default>;
let handler: Handler;

beforeAll(async () => {
  process.env.BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES = String(MAX);
  process.env.BRIEFDESK_SHARED_CACHE = "off";
  const { default: SharedCacheHandler } = await import("./shared-cache-handler.mjs");
  handler = new SharedCacheHandler({ fs: nodeFs, flushToDisk: true, serverDistDir, revalidatedTags: [], maxMemoryCacheSize: 0 });
});
afterAll(() => {
  delete process.env.BRIEFDESK_ROUTE_CACHE_MAX_ENTRIES;
  delete process.env.BRIEFDESK_SHARED_CACHE;
  rmSync(serverDistDir, { recursive: true, force: true });
});

function page(title: string, status?: number) {
  const html = `<html><body><h1>${title}</h1><script>self.__next_f.push([1,"x"])</script></body></html>`;
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("x"),
    headers: { "x-next-cache-tags": "_N_T_/layout" },
    status,
    segmentData: undefined,
    postponed: undefined,
  };
}

/** Every file under the route cache, relative to it. */
function files(): string[] {
  const root = join(serverDistDir, "route-cache");
  return existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];
}

const read = (slug: string) => handler.get(briefsRoute + slug, { kind: "APP_PAGE" });

describe("the page cache under hostile URLs", () => {
  it("stores no not-found or redirect render, however many URLs are asked for", async () => {
    for (let i = 0; i < 200; i++) {
      await handler.set(`${briefsRoute}missing-${i}`, page("Not found", 404), { cacheControl });
      await handler.set(`${briefsRoute}missing-${i}/page/1`, page("Redirect", 308), { cacheControl });
    }
    expect(files()).toEqual([]);
    expect(await read("missing-1")).toBeNull();
  });

  it("stores no page rendered with a request's nonce (the next request has another)", async () => {
    const withNonce = page("API reference");
    withNonce.html = withNonce.html.replace("<script>", '<script nonce="bm9uY2U=">');
    await handler.set(`${briefsRoute}docs`, withNonce, { cacheControl });
    expect(await read("docs")).toBeNull();
    expect(files()).toEqual([]);
  });

  it("stores a found page, with its script policy, and removes it once the URL is not found any more", async () => {
    await handler.set(`${briefsRoute}withdrawn`, page("A brief"), { cacheControl });
    const stored = await read("withdrawn");
    expect(stored?.value?.html).toContain("A brief");
    expect((stored?.value?.headers as Record<string, string>)["content-security-policy"]).toMatch(/^script-src 'self' 'sha256-/);
    expect(files().some((f) => f.endsWith("withdrawn.html"))).toBe(true);

    await handler.set(`${briefsRoute}withdrawn`, page("Not found", 404), { cacheControl });
    expect(await read("withdrawn")).toBeNull();
    expect(files().filter((f) => f.includes("withdrawn"))).toEqual([]);
  });

  it("keeps at most the bound of pages on disk, evicting the least recently used", async () => {
    for (let i = 0; i < MAX; i++) await handler.set(`${briefsRoute}brief-${i}`, page(`Brief ${i}`), { cacheControl });
    // brief-0 is read, so brief-1 is now the least recently used
    expect(await read("brief-0")).not.toBeNull();
    for (let i = MAX; i < MAX + 20; i++) {
      await handler.set(`${briefsRoute}brief-${i}`, page(`Brief ${i}`), { cacheControl });
      if (i === MAX) {
        expect(await read("brief-1")).toBeNull();
        expect(await read("brief-0")).not.toBeNull();
      }
    }
    const htmls = files().filter((f) => f.endsWith(".html"));
    expect(htmls).toHaveLength(MAX);
    expect(htmls.map((f) => f.match(/brief-\d+/)![0]).sort()).toEqual(["brief-20", "brief-21", "brief-22", "brief-23", "brief-24"]);
    // each evicted page went with all its files
    expect(files().filter((f) => /brief-(1|5)\./.test(f))).toEqual([]);
  });

  it("after a restart, knows the pages already on disk and holds them to the bound too", async () => {
    const { createRouteCacheIndex } = await import("./route-cache-index.mjs");
    const evicted: string[] = [];
    const index = createRouteCacheIndex({ serverDistDir, maxEntries: 2, onEvict: (key) => evicted.push(key) });
    expect(index.size).toBe(2);
    expect(evicted).toHaveLength(MAX - 2);
    expect(files().filter((f) => f.endsWith(".html"))).toHaveLength(2);
  });
});
