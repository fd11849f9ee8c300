import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { newActor, refusal } from "@/lib/test-support";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approveReview, requestChanges } from "./decide-review";
import { getReviewRound } from "./get-review-round";
import { submitForReview } from "./submit-for-review";

/** A brief with two quotes and an event, submitted to `reviewer`. */
async function submittedBrief(author: Actor, reviewer: Actor) {
  const { brief, q2 } = await db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "Kim promised his full support to Moscow, “an invincible alliance”." });
    const brief = await buildBrief(tx, { authorIds: [author.id], body: "Kim promised [@q1], [@q2] on [@e1], per [@d1]." });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "full support", speakerName: "Kim Jong-Un" });
    const q2 = await addQuote(tx, {
      briefId: brief.id,
      documentId: document.id,
      ref: "q2",
      text: "an invincible alliance",
      speakerName: "Kim Jong-Un",
    });
    await addEvent(tx, {
      briefId: brief.id,
      ref: "e1",
      description: "Kim writes to Putin",
      date: "2022-06-12",
      precision: "day",
      documentIds: [document.id],
    });
    return { brief, q2 };
  });
  const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1, reviewerId: reviewer.id });
  return { brief, q2, reviewId };
}

const everyCheck: { itemKind: "quote" | "event"; itemRef: string; checked: boolean; note?: string }[] = [
  { itemKind: "quote", itemRef: "q1", checked: true, note: "Seen in the letter." },
  { itemKind: "quote", itemRef: "q2", checked: true },
  { itemKind: "event", itemRef: "e1", checked: true },
];

const resubmit = async (author: Actor, briefId: string, reviewerId: string) => {
  const { version } = await db().brief.findUniqueOrThrow({ where: { id: briefId } });
  return submitForReview(author, { briefId, baseVersion: version, reviewerId });
};

describe("a second round of review", () => {
  it("keeps the reviewer's ticks on unchanged items and clears the changed one, with what changed", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { brief, q2, reviewId } = await submittedBrief(author, reviewer);
    expect(await getReviewRound(reviewer, { briefId: brief.id })).toEqual({ previous: null, checks: {}, comparison: null });
    await requestChanges(reviewer, { reviewId, message: "Give q2 its speaker's title.", checks: everyCheck });

    await db().$transaction((tx) =>
      editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
        tx.quote.update({ where: { id: q2.id }, data: { speakerTitle: "Leader of North Korea" } }),
      ),
    );
    await resubmit(author, brief.id, reviewer.id);

    const round = await getReviewRound(reviewer, { briefId: brief.id });
    expect(round.previous).toMatchObject({ reviewId, revision: 1, decision: "changes_requested" });
    expect(round.checks).toEqual({
      "quote:q1": { checked: true, note: "Seen in the letter.", changedSinceTick: false },
      "quote:q2": { checked: false, note: "", changedSinceTick: true },
      "event:e1": { checked: true, note: "", changedSinceTick: false },
    });
    expect(round.comparison?.quotes.map((q) => [q.ref, q.fields.map((f) => f.field)])).toEqual([["q2", ["speakerTitle"]]]);
    expect(round.comparison?.fields).toEqual([]);
  });

  it("clears a tick when the document the item cites changed, and carries nothing the reviewer did not tick", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { brief, reviewId } = await submittedBrief(author, reviewer);
    await requestChanges(reviewer, {
      reviewId,
      message: "Recheck.",
      checks: [everyCheck[0]!, { itemKind: "event", itemRef: "e1", checked: false }],
    });

    await db().$transaction(async (tx) => {
      const { documentId } = await tx.quote.findFirstOrThrow({ where: { briefId: brief.id, ref: "q1" } });
      await editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
        tx.document.update({ where: { id: documentId }, data: { contentHash: "0".repeat(64) } }),
      );
    });
    await resubmit(author, brief.id, reviewer.id);

    const round = await getReviewRound(reviewer, { briefId: brief.id });
    expect(round.checks).toEqual({ "quote:q1": { checked: false, note: "", changedSinceTick: true } });
  });

  it("gives another editor nothing of the first reviewer's ticks, and is refused without a waiting review", async () => {
    const [author, reviewer, other] = [await newActor(), await newActor(), await newActor()];
    const { brief, reviewId } = await submittedBrief(author, reviewer);
    await requestChanges(reviewer, { reviewId, message: "Recheck.", checks: everyCheck });
    expect((await refusal(getReviewRound(reviewer, { briefId: brief.id }))).code).toBe("not_found");
    await resubmit(author, brief.id, reviewer.id);
    expect(await getReviewRound(other, { briefId: brief.id })).toMatchObject({ previous: null, checks: {} });

    const round = await getReviewRound(reviewer, { briefId: brief.id });
    expect(Object.values(round.checks).every((c) => c.checked)).toBe(true);
    expect(round.comparison).toMatchObject({ fields: [], quotes: [], events: [] });
    // nothing changed, so the carried ticks are enough to approve
    const pending = await db().review.findFirstOrThrow({ where: { briefId: brief.id, decision: "pending" } });
    const carried = Object.entries(round.checks).map(([key, c]) => {
      const [itemKind, itemRef] = key.split(":") as ["quote" | "event", string];
      return { itemKind, itemRef, checked: c.checked, note: c.note };
    });
    await expect(approveReview(reviewer, { reviewId: pending.id, checks: carried })).resolves.toMatchObject({ state: "approved" });
    expect(await refusal(getReviewRound(null, { briefId: brief.id }))).toMatchObject({ code: "unauthenticated" });
  });
});
