import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { newActor, refusal } from "@/lib/test-support";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { publish } from "@/prisma/seed/workflow";
import { approveReview, requestChanges } from "./decide-review";
import { isSelfApproved } from "./four-eyes";
import { getDeskSettings, setAllowSelfApproval } from "./settings";
import { submitForReview } from "./submit-for-review";

/** A brief that passes the automatic checks: q1 found verbatim, q2 (altered: one word differs) only if `alteredQuote`. */
async function readyBrief(author: Actor, { alteredQuote = false } = {}) {
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "Kim promised his full support to Moscow." });
    const brief = await buildBrief(tx, {
      authorIds: [author.id],
      body: `Kim promised [@q1]${alteredQuote ? " [@q2]" : ""} on [@e1], per [@d1].`,
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "full support", speakerName: "Kim Jong-Un" });
    if (alteredQuote)
      await addQuote(tx, {
        briefId: brief.id,
        documentId: document.id,
        ref: "q2",
        text: "his unwavering support to Moscow",
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
    return brief;
  });
}

const allChecked = [
  { itemKind: "quote", itemRef: "q1", checked: true },
  { itemKind: "event", itemRef: "e1", checked: true },
];

/** An edit through editBrief, as any save would make it. */
const edit = (actor: Actor, briefId: string, title: string) =>
  db().$transaction((tx) =>
    editBrief(tx, { briefId, actorId: actor.id }, () => tx.brief.update({ where: { id: briefId }, data: { title } })),
  );

const currentVersion = async (briefId: string) => (await db().brief.findUniqueOrThrow({ where: { id: briefId } })).version;

describe("submitting a brief for review", () => {
  it("refuses a brief whose automatic checks fail, listing every problem", async () => {
    const me = await newActor();
    const brief = await db().$transaction((tx) => buildBrief(tx, { authorIds: [me.id], summary: "", body: "See [@q9]." }));
    const error = await refusal(submitForReview(me, { briefId: brief.id, baseVersion: 1 }));
    expect(error.code).toBe("invalid");
    expect(error.message).toBe("This brief cannot be submitted yet.");
    expect(error.fieldErrors.checks).toEqual([
      "The brief needs a summary.",
      "The marker [@q9] in the body does not match any quote, event, claim or document of this brief.",
    ]);
    expect(error.details).toMatchObject({
      problems: [
        { code: "summary_missing", field: "summary" },
        { code: "citation_unresolved", itemRef: "q9" },
      ],
    });
    expect((await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).state).toBe("draft");
  });

  it("freezes a revision, opens a pending review bound to its hash and puts the brief in review", async () => {
    const [me, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(me);
    const result = await submitForReview(me, { briefId: brief.id, baseVersion: 1, reviewerId: reviewer.id });

    const { contentHash } = await db().$transaction((tx) => buildSnapshot(tx, brief.id));
    expect(result).toMatchObject({ state: "in_review", revision: { number: 1, contentHash } });
    const review = await db().review.findUniqueOrThrow({ where: { id: result.reviewId }, include: { brief: true } });
    expect(review).toMatchObject({
      decision: "pending",
      contentHash,
      reviewerId: reviewer.id,
      submittedById: me.id,
      revisionId: result.revision.id,
    });
    expect(review.brief.state).toBe("in_review");
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.submit" } });
    expect(audit).toMatchObject({ actorId: me.id, fromState: "draft", toState: "in_review" });

    const again = await refusal(submitForReview(me, { briefId: brief.id, baseVersion: 1 }));
    expect(again.code).toBe("conflict");
    expect(again.message).toMatch(/^This brief is in review/);
  });

  it("submits the next version of a published brief only once it differs from the publication", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });
    await approveReview(reviewer, { reviewId, checks: allChecked as never });
    await db().$transaction((tx) => publish(tx, { reviewId, publisherId: author.id }));

    const unchanged = await refusal(submitForReview(author, { briefId: brief.id, baseVersion: await currentVersion(brief.id) }));
    expect(unchanged).toMatchObject({
      code: "conflict",
      message: "Nothing changed since this brief was published: there is nothing to review.",
    });

    await edit(author, brief.id, "A corrected title");
    expect((await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).state).toBe("published");
    const next = await submitForReview(author, { briefId: brief.id, baseVersion: await currentVersion(brief.id) });
    expect(next.state).toBe("in_review");
    expect(
      await db().auditEntry.findFirst({
        where: { entityId: brief.id, action: "brief.submit", data: { path: ["reviewId"], equals: next.reviewId } },
      }),
    ).toMatchObject({
      fromState: "published",
      toState: "in_review",
    });
  });

  it("refuses a stale version and a reviewer who is the submitter or inactive", async () => {
    const me = await newActor();
    const gone = await newActor({ active: false });
    const brief = await readyBrief(me);
    await edit(me, brief.id, "A new title");
    const stale = await refusal(submitForReview(me, { briefId: brief.id, baseVersion: 1 }));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toContain("1 save since you opened it");

    const self = await refusal(submitForReview(me, { briefId: brief.id, baseVersion: 2, reviewerId: me.id }));
    expect(self.fieldErrors.reviewerId).toEqual(["Choose another editor: nobody reviews their own brief."]);
    const inactive = await refusal(submitForReview(me, { briefId: brief.id, baseVersion: 2, reviewerId: gone.id }));
    expect(inactive.fieldErrors.reviewerId).toEqual(["Choose an active editor of this desk."]);
    expect(await db().review.count({ where: { briefId: brief.id } })).toBe(0);
  });
});

describe("deciding a review", () => {
  it("approves with every item checked, taking a queued review", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });
    const result = await approveReview(reviewer, { reviewId, checks: allChecked as never, message: "All found." });
    expect(result).toEqual({ reviewId, briefId: brief.id, state: "approved", selfApproved: false });
    const review = await db().review.findUniqueOrThrow({ where: { id: reviewId }, include: { checks: true, brief: true } });
    expect(review).toMatchObject({ decision: "approved", reviewerId: reviewer.id, message: "All found." });
    expect(review.decidedAt).toBeInstanceOf(Date);
    expect(review.brief.state).toBe("approved");
    expect(review.checks.map((c) => [c.itemKind, c.itemRef, c.checked]).sort()).toEqual([
      ["event", "e1", true],
      ["quote", "q1", true],
    ]);
    expect(await db().auditEntry.findFirst({ where: { entityId: brief.id, action: "brief.approve" } })).toMatchObject({
      actorId: reviewer.id,
      fromState: "in_review",
      toState: "approved",
      data: { reviewId, selfApproved: false },
    });
    expect(await db().$transaction((tx) => isSelfApproved(tx, reviewId))).toBe(false);
  });

  it("refuses the author's own approval (four-eyes), an admin's too", async () => {
    for (const role of ["editor", "admin"] as const) {
      const author = await newActor({ role });
      const brief = await readyBrief(author);
      const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });
      const error = await refusal(approveReview(author, { reviewId, checks: allChecked as never }));
      expect(error.code).toBe("forbidden");
      expect(error.message).toContain("another editor has to approve it");
      expect((await db().review.findUniqueOrThrow({ where: { id: reviewId } })).decision).toBe("pending");
    }
  });

  it("refuses someone who edited the brief since its last approval", async () => {
    const [author, editor] = [await newActor(), await newActor()];
    const brief = await readyBrief(author);
    await edit(editor, brief.id, "Editor's better title");
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 2 });
    const error = await refusal(approveReview(editor, { reviewId, checks: allChecked as never }));
    expect(error.code).toBe("forbidden");
  });

  it("only lets the named reviewer decide", async () => {
    const [author, named, other, admin] = [await newActor(), await newActor(), await newActor(), await newActor({ role: "admin" })];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1, reviewerId: named.id });
    for (const someone of [other, admin]) {
      const error = await refusal(approveReview(someone, { reviewId, checks: allChecked as never }));
      expect(error).toMatchObject({ code: "forbidden", message: `This review is assigned to ${named.name}.` });
    }
  });

  it("allows self-approval only through the desk setting, and marks it", async () => {
    const [admin, editor] = [await newActor({ role: "admin" }), await newActor()];
    expect((await refusal(setAllowSelfApproval(editor, true))).code).toBe("forbidden");
    const brief = await readyBrief(admin);
    const { reviewId } = await submitForReview(admin, { briefId: brief.id, baseVersion: 1 });
    await setAllowSelfApproval(admin, true);
    try {
      expect(await getDeskSettings()).toEqual({ allowSelfApproval: true });
      const result = await approveReview(admin, { reviewId, checks: allChecked as never });
      expect(result.selfApproved).toBe(true);
      expect(await db().$transaction((tx) => isSelfApproved(tx, reviewId))).toBe(true);
    } finally {
      await setAllowSelfApproval(admin, false);
    }
    const changes = await db().auditEntry.findMany({
      where: { action: "setting.change", entityId: "allowSelfApproval" },
      orderBy: { createdAt: "asc" },
    });
    expect(changes.map((c) => [c.actorId, c.fromState, c.toState])).toEqual([
      [admin.id, "false", "true"],
      [admin.id, "true", "false"],
    ]);
  });

  it("requires a check of every quote and event, and a note on a quote that is not verbatim", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(author, { alteredQuote: true });
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });

    const missing = await refusal(
      approveReview(reviewer, {
        reviewId,
        checks: [
          { itemKind: "quote", itemRef: "q1", checked: true },
          { itemKind: "quote", itemRef: "q2", checked: true },
        ],
      }),
    );
    expect(missing.code).toBe("invalid");
    expect(missing.fieldErrors).toEqual({
      "checks.q2": ["This quote is not verbatim in its document: write how you checked it."],
      "checks.e1": ["Check this event against its documents."],
    });
    const unchecked = await refusal(
      approveReview(reviewer, {
        reviewId,
        checks: [...(allChecked as never[]), { itemKind: "quote" as never, itemRef: "q2", checked: false, note: "Paraphrase." }],
      }),
    );
    expect(Object.keys(unchecked.fieldErrors)).toEqual(["checks.q2"]);

    const ok = await approveReview(reviewer, {
      reviewId,
      checks: [
        ...(allChecked as never[]),
        { itemKind: "quote" as never, itemRef: "q2", checked: true, note: "Heard in the video; the text paraphrases it." },
      ],
    });
    expect(ok.state).toBe("approved");
  });

  it("refuses an approval when the brief no longer hashes to what was submitted", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });
    // A change that bypassed editBrief: the hash still catches it.
    await db().brief.update({ where: { id: brief.id }, data: { summary: "Changed behind the review's back." } });
    const error = await refusal(approveReview(reviewer, { reviewId, checks: allChecked as never }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/^The brief changed since it was submitted/);
  });

  it("sends a brief back to draft with a required message", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1, reviewerId: reviewer.id });
    const noMessage = await refusal(requestChanges(reviewer, { reviewId, message: "  " }));
    expect(noMessage.fieldErrors.message).toEqual(["Say what needs to change."]);

    const result = await requestChanges(reviewer, { reviewId, message: "Event e1 needs a second source." });
    expect(result.state).toBe("draft");
    expect(await db().review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({
      decision: "changes_requested",
      message: "Event e1 needs a second source.",
    });
    expect(await db().auditEntry.findFirst({ where: { entityId: brief.id, action: "brief.request_changes" } })).toMatchObject({
      fromState: "in_review",
      toState: "draft",
    });
    const again = await refusal(approveReview(reviewer, { reviewId, checks: allChecked as never }));
    expect(again.message).toBe("This review was already decided: the brief was sent back.");
  });

  it("lets exactly one of two reviewers deciding at the same moment succeed", async () => {
    const [author, first, second] = [await newActor(), await newActor(), await newActor()];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });
    const outcomes = await Promise.allSettled([
      approveReview(first, { reviewId, checks: allChecked as never }),
      approveReview(second, { reviewId, checks: allChecked as never }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    expect(await db().auditEntry.count({ where: { entityId: brief.id, action: "brief.approve" } })).toBe(1);
  });

  it("voids the approval when the approved brief is edited, and returns it to draft", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const brief = await readyBrief(author);
    const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: 1 });
    await approveReview(reviewer, { reviewId, checks: allChecked as never });
    await edit(author, brief.id, "A title after approval");
    const stored = await db().brief.findUniqueOrThrow({ where: { id: brief.id }, include: { reviews: true } });
    expect(stored.state).toBe("draft");
    expect(stored.reviews.map((r) => r.decision)).toEqual(["voided"]);
    expect(await db().auditEntry.findFirst({ where: { entityId: brief.id, action: "brief.edit_returns_to_draft" } })).toMatchObject({
      data: { voidedReviews: 1 },
    });

    // Resubmitted, it needs a new approval; the reviewer who never edited it may give it.
    const resubmitted = await submitForReview(author, { briefId: brief.id, baseVersion: await currentVersion(brief.id) });
    expect((await approveReview(reviewer, { reviewId: resubmitted.reviewId, checks: allChecked as never })).state).toBe("approved");
  });
});
