// Issue 19: readers see the archived copy only of documents a visible publication
// cites, and it is served sandboxed.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { archivedCopyResponse, getPublishedArchivedCopy, publishedArchives } from "./archived-copy";

const PAGE =
  "<html><head><title>Archived</title><script>document.title='SCRIPT RAN'</script></head><body><p>The minister said “we will respond” on Monday.</p></body></html>";

async function capturedDocument() {
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "The minister said “we will respond” on Monday." });
    await tx.pageCapture.create({
      data: {
        documentId: document.id,
        requestedUrl: "https://news.example/a",
        finalUrl: "https://news.example/a",
        status: 200,
        contentType: "text/html",
        charset: "utf-8",
        body: new TextEncoder().encode(PAGE),
        fetchedAt: new Date("2026-03-14T10:00:00Z"),
        text: document.capturedText,
        metadata: {},
      },
    });
    return document;
  });
}

async function briefCiting(documentId: string, published: boolean) {
  const [author, reviewer] = [await newActor(), await newActor()];
  return db().$transaction(async (tx) => {
    const brief = await buildBrief(tx, { summary: "What the minister said.", body: "He said [@q1] ([@d1]).", authorIds: [author.id] });
    await citeDocument(tx, { briefId: brief.id, documentId, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId, ref: "q1", text: "we will respond", speakerName: "The Minister" });
    if (published) {
      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
      await publish(tx, { reviewId: review.id, publisherId: author.id });
    }
    return brief;
  });
}

describe("archived copies for readers", () => {
  it("serves the copy of a document a published brief cites, sandboxed, and nothing for a draft", async () => {
    const document = await capturedDocument();
    const published = await briefCiting(document.id, true);
    const copy = await getPublishedArchivedCopy({ slug: published.slug, ref: "d1" });
    expect(copy?.finalUrl).toBe("https://news.example/a");
    expect(await publishedArchives([document.id])).toEqual({
      [document.id]: { finalUrl: "https://news.example/a", fetchedOn: "2026-03-14" },
    });

    const response = archivedCopyResponse(copy!, "public");
    expect(response.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
    expect(response.headers.get("content-security-policy")).not.toMatch(/allow-scripts|allow-same-origin/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toBe(PAGE);

    const other = await capturedDocument();
    const draft = await briefCiting(other.id, false);
    expect(await getPublishedArchivedCopy({ slug: draft.slug, ref: "d1" })).toBeNull();
    expect(await getPublishedArchivedCopy({ slug: published.slug, ref: "d2" })).toBeNull();
  });
});
