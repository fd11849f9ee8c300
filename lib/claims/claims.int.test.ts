import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { getPublishedBrief } from "@/lib/publishing/get-published-brief";
import { listPublicCorrections } from "@/lib/publishing/list-public-corrections";
import { listPublishedBriefs } from "@/lib/publishing/list-published-briefs";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { approveReview } from "@/lib/review/decide-review";
import { submitForReview as submitThroughDesk } from "@/lib/review/submit-for-review";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";
import { newActor, refusal } from "@/lib/test-support";
import { createVerdictRating } from "@/lib/verdicts/create-verdict-rating";
import { deleteVerdictRating } from "@/lib/verdicts/delete-verdict-rating";
import { setVerdictMode } from "@/lib/verdicts/set-verdict-mode";
import { setVerdictRatingRetired } from "@/lib/verdicts/retire-verdict-rating";
import { buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { addClaim } from "./add-claim";
import { removeClaim } from "./remove-claim";
import { updateClaim } from "./update-claim";

/** A draft brief by `author` that cites one document. */
async function draftBrief(author: Actor) {
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, {
      title: "Statement of the foreign ministry",
      capturedText: "We recognise the independence of the regions.",
    });
    const brief = await buildBrief(tx, { authorIds: [author.id], body: "What was said, per [@d1]." });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    return { brief, document };
  });
}

const claimInput = (briefId: string, documentId: string, overrides: Record<string, unknown> = {}) => ({
  briefId,
  text: "North Korea recognised the regions' independence.",
  quoted: "on",
  speakerName: "KCNA",
  documentId,
  appearedOn: "2022-07-13",
  ratingId: "verdict-true",
  conclusion: "The ministry's statement says so in these words.",
  ...overrides,
});

const latestSnapshot = async (briefId: string) =>
  (await db().revision.findFirstOrThrow({ where: { briefId }, orderBy: { number: "desc" } })).snapshot as unknown as BriefSnapshot;

/** Submits, approves (by another editor) and publishes the brief as it is now. */
async function reviewAndPublish(briefId: string, author: Actor, correction?: { kind: string; note: string }) {
  const reviewer = await newActor();
  await db().$transaction(async (tx) => {
    const { review } = await submitForReview(tx, { briefId, authorId: author.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
  });
  return publishBrief(author, { briefId, correction: correction as never });
}

describe("claims through editBrief", () => {
  it("adds, changes and removes claims as revisions, each a new version, and a restore brings them back", async () => {
    const author = await newActor();
    const { brief, document } = await draftBrief(author);

    const added = await addClaim(author, claimInput(brief.id, document.id));
    expect(added.claim).toMatchObject({ ref: "c1", quoted: true, rating: { name: "True", retired: false }, document: { ref: "d1" } });
    expect(added.version).toBe(2);
    expect(claimsOf(await latestSnapshot(brief.id))).toEqual([
      expect.objectContaining({
        ref: "c1",
        quoted: true,
        appearedOn: "2022-07-13",
        verdict: expect.objectContaining({ name: "True", value: 5, best: 5, worst: 0 }),
      }),
    ]);

    const updated = await updateClaim(author, {
      ...claimInput(brief.id, document.id, { ratingId: "verdict-misleading" }),
      claimId: added.claim.id,
      baseUpdatedAt: added.claim.updatedAt,
    });
    expect(updated.claim.rating?.name).toBe("Misleading");
    expect(updated.version).toBe(3);
    // an edit made from the claim as it was before is refused, nothing overwritten
    const stale = await refusal(
      updateClaim(author, {
        ...claimInput(brief.id, document.id, { ratingId: "verdict-false" }),
        claimId: added.claim.id,
        baseUpdatedAt: added.claim.updatedAt,
      }),
    );
    expect(stale.code).toBe("conflict");

    const revisionWithClaim = (await db().revision.findFirstOrThrow({ where: { briefId: brief.id }, orderBy: { number: "desc" } })).number;
    expect((await removeClaim(author, { briefId: brief.id, claimId: added.claim.id })).ref).toBe("c1");
    expect((await latestSnapshot(brief.id)).claims).toBeUndefined();

    await restoreRevision(author, { briefId: brief.id, number: revisionWithClaim, baseVersion: 4 });
    const [restored] = await db().claim.findMany({ where: { briefId: brief.id }, include: { rating: true } });
    expect(restored).toMatchObject({
      ref: "c1",
      text: "North Korea recognised the regions' independence.",
      rating: { name: "Misleading" },
    });
  });

  it("refuses a document the brief does not cite, a retired rating for a new verdict, and shows field errors", async () => {
    const author = await newActor();
    const admin = await newActor({ role: "admin" });
    const { brief, document } = await draftBrief(author);
    const other = await db().$transaction((tx) => buildDocument(tx));

    const notCited = await refusal(addClaim(author, claimInput(brief.id, other.id)));
    expect(notCited.fieldErrors).toHaveProperty("documentId");
    const invalid = await refusal(addClaim(author, claimInput(brief.id, document.id, { text: "", appearanceUrl: "not a url" })));
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["appearanceUrl", "text"]);

    const rating = await createVerdictRating(admin, { name: `Half true ${Date.now()}`, definition: "Partly accurate.", value: 3 });
    const { claim } = await addClaim(author, claimInput(brief.id, document.id, { ratingId: rating.id }));
    await setVerdictRatingRetired(admin, { ratingId: rating.id, retired: true });
    // a retired rating stays on the claim that has it …
    const kept = await updateClaim(author, {
      ...claimInput(brief.id, document.id, { ratingId: rating.id, conclusion: "Reworded." }),
      claimId: claim.id,
    });
    expect(kept.claim.rating).toMatchObject({ id: rating.id, retired: true });
    // … but cannot be chosen for another
    const refused = await refusal(addClaim(author, claimInput(brief.id, document.id, { ratingId: rating.id })));
    expect(refused.fieldErrors?.ratingId).toEqual(["This rating is no longer on the scale: choose another."]);
  });

  it("sends an approved brief back to draft when a claim changes", async () => {
    const author = await newActor();
    const reviewer = await newActor();
    const { brief, document } = await draftBrief(author);
    const { claim } = await addClaim(author, claimInput(brief.id, document.id));
    await db().$transaction(async (tx) => {
      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    });
    expect((await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).state).toBe("approved");
    await updateClaim(author, { ...claimInput(brief.id, document.id, { ratingId: "verdict-false" }), claimId: claim.id });
    expect((await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).state).toBe("draft");
  });
});

describe("submitting and reviewing a brief with claims", () => {
  it("cannot be submitted until every claim has a verdict and a conclusion; the reviewer must check each claim", async () => {
    const author = await newActor();
    const reviewer = await newActor();
    const { brief, document } = await draftBrief(author);
    const { claim, version } = await addClaim(author, claimInput(brief.id, document.id, { ratingId: "", conclusion: "" }));

    const refused = await refusal(submitThroughDesk(author, { briefId: brief.id, baseVersion: version }));
    expect(refused.fieldErrors?.checks).toEqual(["Claim c1 needs a verdict.", "Claim c1 needs a written conclusion."]);

    const fixed = await updateClaim(author, { ...claimInput(brief.id, document.id), claimId: claim.id });
    const submitted = await submitThroughDesk(author, { briefId: brief.id, baseVersion: fixed.version, reviewerId: reviewer.id });
    const unchecked = await refusal(approveReview(reviewer, { reviewId: submitted.reviewId, checks: [] }));
    expect(unchecked.fieldErrors).toHaveProperty("checks.c1");
    const approved = await approveReview(reviewer, {
      reviewId: submitted.reviewId,
      checks: [{ itemKind: "claim", itemRef: "c1", checked: true }],
    });
    expect(approved.state).toBe("approved");
  });
});

describe("the verdict scale", () => {
  it("deletes a rating nobody used, and only retires one in use, even when only a publication still has it", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    const unused = await createVerdictRating(admin, { name: `Unused ${Date.now()}`, definition: "Never chosen.", value: 2 });
    expect((await refusal(deleteVerdictRating(editor, { ratingId: unused.id }))).code).toBe("forbidden");
    await deleteVerdictRating(admin, { ratingId: unused.id });
    expect(await db().verdictRating.findUnique({ where: { id: unused.id } })).toBeNull();

    const used = await createVerdictRating(admin, { name: `Used ${Date.now()}`, definition: "Chosen once.", value: 2 });
    const { brief, document } = await draftBrief(editor);
    const { claim } = await addClaim(editor, claimInput(brief.id, document.id, { ratingId: used.id }));
    const inUse = await refusal(deleteVerdictRating(admin, { ratingId: used.id }));
    expect(inUse.code).toBe("conflict");
    expect(inUse.message).toContain("retire it instead");

    await reviewAndPublish(brief.id, editor);
    await removeClaim(editor, { briefId: brief.id, claimId: claim.id });
    // no claim row has it now, but the publication readers see does
    expect(await db().claim.count({ where: { ratingId: used.id } })).toBe(0);
    expect((await refusal(deleteVerdictRating(admin, { ratingId: used.id }))).code).toBe("conflict");
    await setVerdictRatingRetired(admin, { ratingId: used.id, retired: true });
    expect((await db().verdictRating.findUniqueOrThrow({ where: { id: used.id } })).retiredAt).not.toBeNull();
  });

  it("in conclusion-only mode, refuses a rating and submits a claim with a conclusion alone", async () => {
    const admin = await newActor({ role: "admin" });
    const author = await newActor();
    await setVerdictMode(admin, "conclusion_only");
    try {
      const { brief, document } = await draftBrief(author);
      expect((await refusal(addClaim(author, claimInput(brief.id, document.id)))).fieldErrors).toHaveProperty("ratingId");
      const { version } = await addClaim(author, claimInput(brief.id, document.id, { ratingId: "" }));
      expect((await submitThroughDesk(author, { briefId: brief.id, baseVersion: version })).reviewId).toBeTruthy();
    } finally {
      await setVerdictMode(admin, "scale");
    }
  });
});

describe("a changed verdict is a public correction", () => {
  it("needs a correction of kind verdict change, which names the old and new verdict, on the page and on /corrections", async () => {
    const author = await newActor();
    const { brief, document } = await draftBrief(author);
    const { claim } = await addClaim(author, claimInput(brief.id, document.id, { ratingId: "verdict-mostly-true" }));
    await reviewAndPublish(brief.id, author);

    await updateClaim(author, { ...claimInput(brief.id, document.id, { ratingId: "verdict-false" }), claimId: claim.id });
    const reviewer = await newActor();
    await db().$transaction(async (tx) => {
      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    });
    const note = "The full statement, published later, contradicts it.";
    const plain = await refusal(publishBrief(author, { briefId: brief.id, correction: { kind: "correction", note } }));
    expect(plain.fieldErrors?.correction?.[0]).toContain("c1: from Mostly true to False");
    expect((await refusal(publishBrief(author, { briefId: brief.id, cosmetic: true }))).code).toBe("invalid");

    await publishBrief(author, { briefId: brief.id, correction: { kind: "verdict_change", note } });
    const published = await getPublishedBrief(brief.slug);
    expect(published?.corrections).toEqual([
      expect.objectContaining({
        kind: "verdict_change",
        note: `Verdict on the claim “North Korea recognised the regions' independence.” changed from Mostly true to False. ${note}`,
      }),
    ]);
    expect(claimsOf(published!.snapshot)[0]?.verdict?.name).toBe("False");
    // a brief with one claim shows its verdict in the reader's lists
    expect((await listPublishedBriefs({ pageSize: 500 })).items.find((i) => i.slug === brief.slug)?.verdict).toBe("False");

    const { items } = await listPublicCorrections({ pageSize: 100 });
    expect(items.find((i) => i.brief.id === brief.id)).toMatchObject({
      kind: "verdict_change",
      brief: { slug: brief.slug, title: brief.title },
    });
  });
});

describe("listPublicCorrections", () => {
  it("lists corrections and withdrawals readers can see, newest first, a page at a time", async () => {
    const author = await newActor();
    const { brief } = await draftBrief(author);
    await reviewAndPublish(brief.id, author);
    await db().$transaction((tx) => tx.brief.update({ where: { id: brief.id }, data: { summary: "A new summary." } }));
    await db().brief.update({ where: { id: brief.id }, data: { state: "draft" } });
    await reviewAndPublish(brief.id, author, { kind: "update", note: "The summary now says more." });
    await withdrawBrief(author, { briefId: brief.id, reason: "The statement turned out to be forged." });

    // a scheduled correction is not public yet
    const scheduled = await draftBrief(author);
    await reviewAndPublish(scheduled.brief.id, author);
    await db().brief.update({ where: { id: scheduled.brief.id }, data: { title: "Changed", state: "draft" } });
    const reviewer = await newActor();
    await db().$transaction(async (tx) => {
      const { review } = await submitForReview(tx, { briefId: scheduled.brief.id, authorId: author.id });
      await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    });
    await publishBrief(author, {
      briefId: scheduled.brief.id,
      correction: { kind: "correction", note: "Not yet public." },
      scheduledFor: new Date(Date.now() + 3_600_000),
    });

    const all = (await listPublicCorrections({ pageSize: 1000 })).items;
    const mine = all.filter((i) => i.brief.id === brief.id);
    expect(mine.map((i) => [i.kind, i.note])).toEqual([
      ["withdrawal", "The statement turned out to be forged."],
      ["update", "The summary now says more."],
    ]);
    expect(all.some((i) => i.brief.id === scheduled.brief.id)).toBe(false);
    const times = all.map((i) => i.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const first = await listPublicCorrections({ pageSize: 1 });
    const second = await listPublicCorrections({ page: 2, pageSize: 1 });
    expect(first.hasNext).toBe(true);
    expect(first.items[0]?.id).not.toBe(second.items[0]?.id);
  });
});
