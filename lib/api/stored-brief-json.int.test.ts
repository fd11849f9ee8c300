// The public API's brief answer is produced once and served from memory with its
// stored ETag, until readers' view of the brief changes: a withdrawal or publish in
// this process, an invalidation from any instance (through the shared cache handler),
// or a scheduled publication's time. Anonymous reads served from memory are limited
// per instance, with no database write.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { addressBucket } from "@/lib/security/client-address";
import { setTestEnv } from "@/lib/test-env";
import { newActor } from "@/lib/test-support";
import { buildBrief } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { api, newAddress } from "./test-api-client";
import { storedApiBriefCount } from "./stored-brief-json";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function publishedBrief(title: string) {
  const [author, reviewer] = [await newActor(), await newActor()];
  const brief = await db().$transaction(async (tx) => {
    const brief = await buildBrief(tx, { authorIds: [author.id], title, body: "Kyiv **severed** relations." });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    await publish(tx, { reviewId: review.id, publisherId: author.id });
    return brief;
  });
  return { ...brief, author };
}

/** Changes the published title behind the app's back, as no reader-facing action would. */
async function retitleInDatabase(briefId: string, title: string) {
  const publication = await db().publication.findFirstOrThrow({ where: { briefId }, orderBy: { version: "desc" } });
  await db().publication.update({ where: { id: publication.id }, data: { snapshot: { ...(publication.snapshot as Json), title } } });
}

const sharedCount = async (address: string) =>
  (await db().signinThrottle.findMany({ where: { key: { startsWith: "api:address:" } } }))
    .filter((row) => row.key === `api:address:${addressBucket(address)}`)
    .reduce((sum, row) => sum + row.points, 0);

describe("the stored brief JSON", () => {
  afterEach(() => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: undefined });
  });

  it("is produced once, served with its stored ETag (304 when current), until the brief is withdrawn", async () => {
    const brief = await publishedBrief(`Stored answer ${Date.now()}`);
    const before = storedApiBriefCount();
    const first = await api("GET", `/api/v1/briefs/${brief.slug}`);
    expect(first.status).toBe(200);
    expect((first.body as Json).title).toBe(brief.title);
    expect(storedApiBriefCount()).toBe(before + 1);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    // served from memory: a change made behind the app's back is not read again
    await retitleInDatabase(brief.id, "Changed behind the app's back");
    const again = await api("GET", `/api/v1/briefs/${brief.slug}`);
    expect((again.body as Json).title).toBe(brief.title);
    expect(again.headers.get("etag")).toBe(etag);
    const current = await api("GET", `/api/v1/briefs/${brief.slug}`, { headers: { "if-none-match": etag } });
    expect(current.status).toBe(304);
    expect(current.headers.get("etag")).toBe(etag);

    // a withdrawal in this process: the next read is the notice
    await withdrawBrief(brief.author, { briefId: brief.id, reason: "The statement was misattributed." });
    const gone = await api("GET", `/api/v1/briefs/${brief.slug}`);
    expect(gone.status).toBe(410);
    expect((gone.body as Json).withdrawn.reason).toBe("The statement was misattributed.");
    expect(gone.headers.get("etag")).not.toBe(etag);
    const stale = await api("GET", `/api/v1/briefs/${brief.slug}`, { headers: { "if-none-match": etag } });
    expect(stale.status).toBe(410);
  });

  it("is renewed when any instance invalidates reader pages (the shared cache handler's revalidateTag)", async () => {
    const brief = await publishedBrief(`Invalidated answer ${Date.now()}`);
    expect((await api("GET", `/api/v1/briefs/${brief.slug}`)).status).toBe(200);
    await retitleInDatabase(brief.id, "A corrected title");
    expect(((await api("GET", `/api/v1/briefs/${brief.slug}`)).body as Json).title).toBe(brief.title);

    process.env.BRIEFDESK_SHARED_CACHE = "off";
    const { default: SharedCacheHandler } = await import("@/lib/db/shared-cache-handler.mjs");
    const handler = new SharedCacheHandler({ revalidatedTags: [], maxMemoryCacheSize: 0 });
    await handler.revalidateTag(["_N_T_/layout"]);
    delete process.env.BRIEFDESK_SHARED_CACHE;
    expect(((await api("GET", `/api/v1/briefs/${brief.slug}`)).body as Json).title).toBe("A corrected title");
  });

  it("gives way to a scheduled publication the moment it goes live", async () => {
    const brief = await publishedBrief(`Scheduled answer ${Date.now()}`);
    const v1 = await db().publication.findFirstOrThrow({ where: { briefId: brief.id } });
    const liveAt = new Date(Date.now() + 1500);
    await db().publication.create({
      data: {
        briefId: v1.briefId,
        revisionId: v1.revisionId,
        contentHash: v1.contentHash,
        publishedById: v1.publishedById,
        snapshot: { ...(v1.snapshot as Json), title: "The scheduled version" },
        version: 2,
        publishedAt: liveAt,
      },
    });
    const now = await api("GET", `/api/v1/briefs/${brief.slug}`);
    expect((now.body as Json).version).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, liveAt.getTime() - Date.now() + 50));
    const later = await api("GET", `/api/v1/briefs/${brief.slug}`);
    expect((later.body as Json).version).toBe(2);
    expect((later.body as Json).title).toBe("The scheduled version");
  });

  it("limits anonymous reads per address in memory, writing to the database only for work", async () => {
    const brief = await publishedBrief(`Limited answer ${Date.now()}`);
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: "3" });
    const address = newAddress();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await api("GET", `/api/v1/briefs/${brief.slug}`, { address })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // only the first read did work (produced the answer): one count in the shared limit
    expect(await sharedCount(address)).toBe(1);
    const refused = await api("GET", `/api/v1/briefs/${brief.slug}`, { address });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await api("GET", `/api/v1/briefs/${brief.slug}`, { address: newAddress() })).status).toBe(200);
  });
});
