import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { refusal } from "@/lib/test-support";
import { buildBrief, buildUser } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { deleteDraft } from "./delete-draft";

const user = (role: "editor" | "admin" = "editor") => db().$transaction((tx) => buildUser(tx, { role }));
const draftBy = (authorId: string) =>
  db().$transaction((tx) => buildBrief(tx, { slug: `draft-${Date.now()}-${Math.random().toString(36).slice(2)}`, authorIds: [authorId] }));

describe("deleting a draft", () => {
  it("lets an author delete a never-published draft, with its reviews, and audits it", async () => {
    const [author, reviewer] = [await user(), await user()];
    const brief = await draftBy(author.id);
    // a round of review that sent it back: the draft has a review and revisions
    await db().$transaction(async (tx) => {
      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
      await tx.review.update({ where: { id: review.id }, data: { decision: "changes_requested", decidedAt: new Date() } });
      await tx.brief.update({ where: { id: brief.id }, data: { state: "draft" } });
    });

    expect(await deleteDraft(author, { briefId: brief.id })).toEqual({ briefId: brief.id, title: brief.title });
    expect(await db().brief.findUnique({ where: { id: brief.id } })).toBeNull();
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.delete" } });
    expect(audit).toMatchObject({ actorId: author.id, fromState: "draft", data: { title: brief.title, slug: brief.slug } });
  });

  it("lets an admin delete anyone's draft, and refuses another editor", async () => {
    const [author, other, admin] = [await user(), await user(), await user("admin")];
    const brief = await draftBy(author.id);
    expect((await refusal(deleteDraft(other, { briefId: brief.id })))?.code).toBe("forbidden");
    await deleteDraft(admin, { briefId: brief.id });
    expect(await db().brief.count({ where: { id: brief.id } })).toBe(0);
  });

  it("refuses a brief in review and one that was ever published, keeping both", async () => {
    const [author, reviewer] = [await user(), await user()];
    const inReview = await draftBy(author.id);
    const published = await draftBy(author.id);
    await db().$transaction(async (tx) => {
      await submitForReview(tx, { briefId: inReview.id, authorId: author.id });
      const { review } = await submitForReview(tx, { briefId: published.id, authorId: author.id, reviewerId: reviewer.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
      await publish(tx, { reviewId: review.id, publisherId: author.id });
      await tx.brief.update({ where: { id: published.id }, data: { state: "draft" } });
    });
    expect((await refusal(deleteDraft(author, { briefId: inReview.id })))?.message).toMatch(/Only a draft can be deleted/);
    expect((await refusal(deleteDraft(author, { briefId: published.id })))?.message).toMatch(/withdrawn but not deleted/);
    expect(await db().brief.count({ where: { id: { in: [inReview.id, published.id] } } })).toBe(2);
  });
});
