import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addQuote, buildBrief, buildDocument, buildUser, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { getPublishedBrief } from "./get-published-brief";
import { listPublishedBriefs } from "./list-published-briefs";

async function publishedBrief(title: string, text: string, capturedText = `He said “${text}” yesterday.`) {
  return db().$transaction(async (tx) => {
    const [author, reviewer] = [await buildUser(tx), await buildUser(tx)];
    const document = await buildDocument(tx, { capturedText });
    const brief = await buildBrief(tx, { title, authorIds: [author.id], body: `Said [@q1], per [@d1].` });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text, speakerName: "A Speaker" });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    await publish(tx, { reviewId: review.id, publisherId: author.id });
    return brief;
  });
}

describe("what readers see", () => {
  it("shows an altered quote as differing from its source, with the source passage and the word diff, whatever the reviewer's note", async () => {
    // One word differs; the reviewer approves with a note (workflow.approve writes one). Readers are still told how it differs.
    const brief = await publishedBrief("Altered", "we will never close the harbour", "He said “we will not close the harbour” yesterday.");

    const quote = (await getPublishedBrief(brief.slug))?.snapshot.quotes[0];
    expect(quote?.verification).toBe("altered");
    expect(quote?.difference).toMatchObject({ passage: "we will not close the harbour", before: "He said “", after: "” yesterday." });
    expect(quote?.difference?.diff).toContainEqual({ op: "changed", text: "never", source: "not" });
  });

  it("is the publication, not later edits of the working brief", async () => {
    const brief = await publishedBrief("Original title", "the words");
    await db().brief.update({ where: { id: brief.id }, data: { title: "Edited, not yet reviewed", state: "draft" } });

    const seen = await getPublishedBrief(brief.slug);
    expect(seen?.snapshot.title).toBe("Original title");
    expect(seen?.snapshot.quotes[0]?.verification).toBe("verbatim");
    expect((await listPublishedBriefs()).items.find((b) => b.slug === brief.slug)?.title).toBe("Original title");
  });

  it("lists the newest publications first and hides withdrawn briefs", async () => {
    const older = await publishedBrief("Older", "one");
    const newer = await publishedBrief("Newer", "two");
    const withdrawn = await publishedBrief("Withdrawn", "three");
    await db().brief.update({
      where: { id: withdrawn.id },
      data: { state: "withdrawn", withdrawnAt: new Date(), withdrawnReason: "Source retracted" },
    });

    const slugs = (await listPublishedBriefs()).items.map((b) => b.slug);
    expect(slugs.indexOf(newer.slug)).toBeLessThan(slugs.indexOf(older.slug));
    expect(slugs).not.toContain(withdrawn.slug);
    expect((await getPublishedBrief(withdrawn.slug))?.withdrawn?.reason).toBe("Source retracted");
  });

  it("shows nothing for a brief that was never published", async () => {
    const draft = await db().$transaction((tx) => buildBrief(tx));
    expect(await getPublishedBrief(draft.slug)).toBeNull();
    expect(await getPublishedBrief("no-such-slug")).toBeNull();
  });
});
