// The cache handler on Next's documented interface: what revalidateTag expires, and
// the bound on memory. (Disk and hostile URLs: hostile-route-cache.int.test.ts; the
// NOTIFY channel between instances: shared-cache-handler.int.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheGeneration } from "./cache-generation.mjs";

type Handler = InstanceType<typeof import("./shared-cache-handler.mjs").default>;
const route = "/route-cache/APP_PAGE/" + "c".repeat(64) + "/$/briefs/";
const cacheControl = { revalidate: 10, expire: 31_536_000 };

function page(title: string, tags = "_N_T_/layout,_N_T_/briefs/layout", padding = 0) {
  const html = `<html><body><h1>${title}</h1>${"x".repeat(padding)}<script>self.__next_f.push([1,"x"])</script></body></html>`;
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("x"),
    headers: { "x-next-cache-tags": tags },
    status: undefined,
    segmentData: undefined,
    postponed: undefined,
  };
}

let make: (maxMemoryCacheSize: number) => Handler;
beforeAll(async () => {
  process.env.BRIEFDESK_SHARED_CACHE = "off";
  const { default: SharedCacheHandler } = await import("./shared-cache-handler.mjs");
  make = (maxMemoryCacheSize) => new SharedCacheHandler({ maxMemoryCacheSize });
});
afterAll(() => {
  delete process.env.BRIEFDESK_SHARED_CACHE;
});

describe("the cache handler", () => {
  it("serves a stored page with its script policy until one of its tags is expired, then stores the next render", async () => {
    const handler = make(10 * 1024 * 1024);
    await handler.set(`${route}a`, page("A"), { cacheControl });
    await handler.set(`${route}b`, page("B", "_N_T_/topics/layout"), { cacheControl });
    const stored = await handler.get(`${route}a`, { kind: "APP_PAGE" });
    expect(stored?.value?.html).toContain("<h1>A</h1>");
    expect((stored?.value?.headers as Record<string, string>)["content-security-policy"]).toMatch(/^script-src 'self' 'sha256-/);

    const generation = cacheGeneration();
    await new Promise((resolve) => setTimeout(resolve, 2)); // an expiry counts for pages stored before it
    await handler.revalidateTag(["_N_T_/briefs/layout"]);
    expect(cacheGeneration()).toBeGreaterThan(generation);
    expect(await handler.get(`${route}a`, { kind: "APP_PAGE" })).toBeNull();
    // another page's tags were not expired
    expect((await handler.get(`${route}b`, { kind: "APP_PAGE" }))?.value?.html).toContain("<h1>B</h1>");

    await new Promise((resolve) => setTimeout(resolve, 2));
    await handler.set(`${route}a`, page("A again"), { cacheControl });
    expect((await handler.get(`${route}a`, { kind: "APP_PAGE" }))?.value?.html).toContain("A again");
  });

  it("keeps memory within its bound, least recently used out", async () => {
    const handler = make(100_000);
    for (let i = 0; i < 5; i++) await handler.set(`${route}big-${i}`, page(`Big ${i}`, "t", 30_000), { cacheControl });
    const held = [];
    for (let i = 0; i < 5; i++) if (await handler.get(`${route}big-${i}`, { kind: "APP_PAGE" })) held.push(i);
    expect(held).toEqual([2, 3, 4]);
  });
});
