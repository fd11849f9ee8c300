import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { updateBrief } from "@/lib/briefs/update-brief";
import { db } from "@/lib/db/client";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { newActor, refusal } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { getPublishedBrief } from "./get-published-brief";
import { listPublishedBriefs } from "./list-published-briefs";
import { publishBrief } from "./publish-brief";
import { withdrawBrief } from "./withdraw-brief";
import { cancelSchedule } from "./cancel-schedule";

/** A brief with a document and a quote, by `author`, left in the given state. */
async function briefIn(state: "draft" | "in_review" | "approved", author: Actor) {
  const reviewer = await newActor();
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "She said “the words that matter” today." });
    const brief = await buildBrief(tx, { authorIds: [author.id], body: "Said [@q1], per [@d1]." });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "the words that matter", speakerName: "A Speaker" });
    if (state !== "draft") await reviewAgain(tx, brief.id, author.id, reviewer.id, state === "approved");
    return brief;
  });
}

async function reviewAgain(
  tx: Parameters<typeof submitForReview>[0],
  briefId: string,
  authorId: string,
  reviewerId: string,
  approved = true,
) {
  const { review } = await submitForReview(tx, { briefId, authorId, reviewerId });
  if (approved) await approve(tx, { reviewId: review.id, reviewerId });
}

/** An edit through the desk's own path (back to draft, new revision), then a new approval. */
async function editAndApprove(briefId: string, author: Actor, title: string) {
  const reviewer = await newActor();
  await db().$transaction(async (tx) => {
    await editBrief(tx, { briefId, actorId: author.id }, () => tx.brief.update({ where: { id: briefId }, data: { title } }));
    await reviewAgain(tx, briefId, author.id, reviewer.id);
  });
}

const stateOf = async (briefId: string) => (await db().brief.findUniqueOrThrow({ where: { id: briefId } })).state;

describe("publishBrief", () => {
  it("publishes exactly the approved revision, and readers see it", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);

    const result = await publishBrief(author, { briefId: brief.id });

    expect(result.version).toBe(1);
    const publication = await db().publication.findUniqueOrThrow({
      where: { id: result.publicationId },
      include: { revision: true, review: true },
    });
    expect(publication.contentHash).toBe(publication.revision.contentHash);
    expect(publication.contentHash).toBe(publication.review?.contentHash);
    expect(publication.contentHash).toBe((await db().$transaction((tx) => buildSnapshot(tx, brief.id))).contentHash);
    expect(publication.publishedById).toBe(author.id);
    expect(publication.selfApproved).toBe(false);
    const stored = await db().brief.findUniqueOrThrow({ where: { id: brief.id } });
    expect(stored).toMatchObject({ state: "published", currentPublicationId: publication.id });

    const seen = await getPublishedBrief(brief.slug);
    expect(seen).toMatchObject({ version: 1, withdrawn: null, corrections: [] });
    expect(seen?.snapshot.quotes.map((q) => q.text)).toEqual(["the words that matter"]);
    expect((await listPublishedBriefs()).items.map((b) => b.slug)).toContain(brief.slug);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.publish" } });
    expect(audit).toMatchObject({ actorId: author.id, fromState: "approved", toState: "published", data: { version: 1, cosmetic: false } });
  });

  it("refuses a draft and a brief still in review", async () => {
    const author = await newActor();
    for (const state of ["draft", "in_review"] as const) {
      const brief = await briefIn(state, author);
      const error = await refusal(publishBrief(author, { briefId: brief.id }));
      expect(error.code).toBe("conflict");
      expect(error.message).toMatch(state === "draft" ? /draft/ : /in review/);
      expect(await getPublishedBrief(brief.slug)).toBeNull();
    }
  });

  it("refuses a brief edited after its approval (it is a draft again)", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await db().$transaction((tx) =>
      editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
        tx.brief.update({ where: { id: brief.id }, data: { title: "Changed" } }),
      ),
    );

    const error = await refusal(publishBrief(author, { briefId: brief.id }));
    expect(error.code).toBe("conflict");
    expect(await db().publication.count({ where: { briefId: brief.id } })).toBe(0);
  });

  it("refuses content that differs from the approved revision, even if the state says approved", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await db().brief.update({ where: { id: brief.id }, data: { body: "Quietly changed [@q1]." } });

    const error = await refusal(publishBrief(author, { briefId: brief.id }));
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("The brief changed after it was approved; it needs a new review before it can be published.");
    expect(await stateOf(brief.id)).toBe("approved");
    expect(await getPublishedBrief(brief.slug)).toBeNull();
  });

  it("makes one publication when two publishes race", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);

    const outcomes = await Promise.allSettled([publishBrief(author, { briefId: brief.id }), publishBrief(author, { briefId: brief.id })]);

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "conflict" });
    expect(await db().publication.count({ where: { briefId: brief.id } })).toBe(1);
  });

  it("publishing while someone saves an edit: one order wins, the publication is the approved content and the edit is kept", async () => {
    const author = await newActor();
    for (let round = 0; round < 5; round++) {
      const brief = await briefIn("approved", author);
      const approvedHash = (await db().$transaction((tx) => buildSnapshot(tx, brief.id))).contentHash;
      const stored = await db().brief.findUniqueOrThrow({ where: { id: brief.id } });
      const edit = updateBrief(author, {
        briefId: brief.id,
        baseVersion: stored.version,
        fields: { title: "Edited while publishing", slug: stored.slug, summary: stored.summary, body: stored.body, topics: [] },
      });
      const [published, edited] = await Promise.allSettled([publishBrief(author, { briefId: brief.id }), edit]);

      // The edit always lands: nobody's text is lost.
      expect(edited.status).toBe("fulfilled");
      expect((await db().brief.findUniqueOrThrow({ where: { id: brief.id } })).title).toBe("Edited while publishing");
      const publications = await db().publication.findMany({ where: { briefId: brief.id } });
      if (published.status === "fulfilled") {
        // Published first: readers get exactly what was approved; the edit drafts the next version.
        expect(publications.map((p) => p.contentHash)).toEqual([approvedHash]);
        expect(await stateOf(brief.id)).toBe("published");
      } else {
        // Edited first: the approval no longer applies, so nothing was published.
        expect(published.reason).toMatchObject({ code: "conflict" });
        expect(publications).toEqual([]);
        expect(await stateOf(brief.id)).toBe("draft");
      }
    }
  });

  it("never publishes one approval twice", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    // Even if the state were set back by hand, the approval is spent.
    await db().brief.update({ where: { id: brief.id }, data: { state: "approved" } });

    const error = await refusal(publishBrief(author, { briefId: brief.id }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/already published/);
    expect(await db().publication.count({ where: { briefId: brief.id } })).toBe(1);
  });

  it("re-publishes a new version only with a public correction", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    await editAndApprove(brief.id, author, "Corrected title");

    const missing = await refusal(publishBrief(author, { briefId: brief.id }));
    expect(missing.code).toBe("invalid");
    expect(Object.keys(missing.fieldErrors)).toEqual(["correction"]);
    const tooShort = await refusal(publishBrief(author, { briefId: brief.id, correction: { kind: "correction", note: "Oops" } }));
    expect(Object.keys(tooShort.fieldErrors)).toEqual(["correction.note"]);
    expect((await getPublishedBrief(brief.slug))?.version).toBe(1);

    const note = "An earlier version misstated the title of the speaker.";
    const result = await publishBrief(author, { briefId: brief.id, correction: { kind: "correction", note } });

    expect(result.version).toBe(2);
    const seen = await getPublishedBrief(brief.slug);
    expect(seen?.snapshot.title).toBe("Corrected title");
    expect(seen?.corrections).toEqual([{ kind: "correction", note, createdAt: expect.any(Date) }]);
    const correction = await db().correction.findFirstOrThrow({ where: { briefId: brief.id } });
    expect(correction.publicationId).toBe(result.publicationId);
    expect(await db().auditEntry.count({ where: { entityId: brief.id, action: "brief.correct" } })).toBe(1);
  });

  it("re-publishes a cosmetic change without a public correction, and records that it was cosmetic", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    await editAndApprove(brief.id, author, "Fixed a typo");

    const result = await publishBrief(author, { briefId: brief.id, cosmetic: true });

    expect(result.version).toBe(2);
    expect((await getPublishedBrief(brief.slug))?.corrections).toEqual([]);
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { entityId: brief.id, action: "brief.publish" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ version: 2, cosmetic: true });
  });

  it("says so when the desk allowed the approver to approve their own brief", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    const approval = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.approve" } });
    await db().auditEntry.update({ where: { id: approval.id }, data: { data: { ...(approval.data as object), selfApproved: true } } });

    const { publicationId } = await publishBrief(author, { briefId: brief.id });

    expect((await db().publication.findUniqueOrThrow({ where: { id: publicationId } })).selfApproved).toBe(true);
    expect((await getPublishedBrief(brief.slug))?.review?.selfApproved).toBe(true);
  });

  it("refuses anonymous and deactivated users", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    expect((await refusal(publishBrief(null, { briefId: brief.id }))).code).toBe("unauthenticated");
    const gone = await newActor({ active: false });
    expect((await refusal(publishBrief(gone, { briefId: brief.id }))).code).toBe("unauthenticated");
    expect(await stateOf(brief.id)).toBe("approved");
  });
});

describe("withdrawBrief", () => {
  const reason = "The source retracted the statement this brief rests on.";

  it("withdraws a published brief: its page shows the reason and the lists drop it", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });

    await withdrawBrief(author, { briefId: brief.id, reason });

    expect(await stateOf(brief.id)).toBe("withdrawn");
    expect((await getPublishedBrief(brief.slug))?.withdrawn).toEqual({ reason, at: expect.any(Date) });
    expect((await listPublishedBriefs()).items.map((b) => b.slug)).not.toContain(brief.slug);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.withdraw" } });
    expect(audit).toMatchObject({ actorId: author.id, fromState: "published", toState: "withdrawn" });
    expect((await refusal(withdrawBrief(author, { briefId: brief.id, reason }))).code).toBe("conflict");
    expect((await refusal(publishBrief(author, { briefId: brief.id }))).code).toBe("conflict");
  });

  it("refuses a draft, a short reason, and anonymous or deactivated users", async () => {
    const author = await newActor();
    const draft = await briefIn("draft", author);
    expect((await refusal(withdrawBrief(author, { briefId: draft.id, reason }))).code).toBe("conflict");
    expect(await stateOf(draft.id)).toBe("draft");

    const published = await briefIn("approved", author);
    await publishBrief(author, { briefId: published.id });
    const short = await refusal(withdrawBrief(author, { briefId: published.id, reason: "Wrong" }));
    expect(Object.keys(short.fieldErrors)).toEqual(["reason"]);
    expect((await refusal(withdrawBrief(null, { briefId: published.id, reason }))).code).toBe("unauthenticated");
    const gone = await newActor({ active: false });
    expect((await refusal(withdrawBrief(gone, { briefId: published.id, reason }))).code).toBe("unauthenticated");
    expect(await stateOf(published.id)).toBe("published");
  });
});

describe("scheduled publications", () => {
  const inMinutes = (minutes: number, from = new Date()) => new Date(from.getTime() + minutes * 60_000);

  it("appear to readers at their time, not before, with nothing running in between", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    const at = inMinutes(90);

    const result = await publishBrief(author, { briefId: brief.id, scheduledFor: at.toISOString() });

    expect(result).toMatchObject({ version: 1, publishedAt: at });
    expect(await stateOf(brief.id)).toBe("published");
    expect(await getPublishedBrief(brief.slug)).toBeNull();
    expect((await listPublishedBriefs()).items.map((b) => b.slug)).not.toContain(brief.slug);
    // The reader queries ask "what is public at this moment": later, the same rows answer differently.
    const later = inMinutes(1, at);
    expect((await getPublishedBrief(brief.slug, later))?.version).toBe(1);
    expect((await listPublishedBriefs({ now: later })).items.map((b) => b.slug)).toContain(brief.slug);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.schedule" } });
    expect(audit.data).toMatchObject({ version: 1, scheduledFor: at.toISOString() });
  });

  it("keep the current version and its corrections log until the next one's time", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    await editAndApprove(brief.id, author, "Updated title");
    const at = inMinutes(30);
    const note = "Updated with the ministry's later statement.";

    await publishBrief(author, { briefId: brief.id, correction: { kind: "update", note }, scheduledFor: at.toISOString() });

    const now = await getPublishedBrief(brief.slug);
    expect(now).toMatchObject({ version: 1, corrections: [] });
    const then = await getPublishedBrief(brief.slug, inMinutes(1, at));
    expect(then).toMatchObject({ version: 2, corrections: [{ kind: "update", note, createdAt: at }] });
    expect(then?.snapshot.title).toBe("Updated title");
  });

  it("refuses a time in the past or too far ahead, next to the field", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    for (const when of [inMinutes(-5), inMinutes(60 * 24 * 400), "not a date"]) {
      const error = await refusal(
        publishBrief(author, { briefId: brief.id, scheduledFor: when instanceof Date ? when.toISOString() : when }),
      );
      expect(Object.keys(error.fieldErrors)).toEqual(["scheduledFor"]);
    }
    expect(await stateOf(brief.id)).toBe("approved");
  });

  it("can be cancelled before their time, leaving the brief approved and publishable", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id, scheduledFor: inMinutes(60).toISOString() });

    expect(await cancelSchedule(author, { briefId: brief.id })).toEqual({ briefId: brief.id, state: "approved" });

    expect(await db().publication.count({ where: { briefId: brief.id } })).toBe(0);
    expect(await getPublishedBrief(brief.slug, inMinutes(120))).toBeNull();
    expect((await publishBrief(author, { briefId: brief.id })).version).toBe(1);
    expect((await refusal(cancelSchedule(author, { briefId: brief.id }))).message).toMatch(/Nothing is scheduled/);
  });

  it("cancelling a scheduled next version leaves the current one public and needs the schedule cancelled before publishing again", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    await editAndApprove(brief.id, author, "Second");
    await publishBrief(author, { briefId: brief.id, cosmetic: true, scheduledFor: inMinutes(60).toISOString() });
    await editAndApprove(brief.id, author, "Third");

    const blocked = await refusal(publishBrief(author, { briefId: brief.id, cosmetic: true }));
    expect(blocked.message).toMatch(/Published version 2 is scheduled for .* UTC: cancel that schedule/);

    expect((await cancelSchedule(author, { briefId: brief.id })).state).toBe("approved");
    const third = await publishBrief(author, { briefId: brief.id, cosmetic: true });
    expect(third.version).toBe(2);
    expect((await getPublishedBrief(brief.slug))?.snapshot.title).toBe("Third");
  });

  it("one schedule wins when two editors schedule at once", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    const outcomes = await Promise.allSettled([
      publishBrief(author, { briefId: brief.id, scheduledFor: inMinutes(10).toISOString() }),
      publishBrief(author, { briefId: brief.id, scheduledFor: inMinutes(20).toISOString() }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await db().publication.count({ where: { briefId: brief.id } })).toBe(1);
  });
});

describe("withdrawing while the next version is in the works", () => {
  const reason = "The ministry retracted the statement this brief rests on.";

  it("withdraws a published brief whose next version is in review, voiding that review", async () => {
    const author = await newActor();
    const reviewer = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    await db().$transaction(async (tx) => {
      await editBrief(tx, { briefId: brief.id, actorId: author.id }, () =>
        tx.brief.update({ where: { id: brief.id }, data: { title: "Next" } }),
      );
      await reviewAgain(tx, brief.id, author.id, reviewer.id, false);
    });
    expect(await stateOf(brief.id)).toBe("in_review");

    await withdrawBrief(author, { briefId: brief.id, reason });

    expect(await stateOf(brief.id)).toBe("withdrawn");
    expect((await getPublishedBrief(brief.slug))?.withdrawn?.reason).toBe(reason);
    expect(await db().review.count({ where: { briefId: brief.id, decision: "pending" } })).toBe(0);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: brief.id, action: "brief.withdraw" } });
    expect(audit).toMatchObject({ fromState: "in_review", toState: "withdrawn", data: { version: 1, voidedReviews: 1 } });
  });

  it("cancels a scheduled next version, and refuses a brief readers cannot see yet", async () => {
    const author = await newActor();
    const brief = await briefIn("approved", author);
    await publishBrief(author, { briefId: brief.id });
    await editAndApprove(brief.id, author, "Next");
    await publishBrief(author, { briefId: brief.id, cosmetic: true, scheduledFor: new Date(Date.now() + 3_600_000).toISOString() });

    await withdrawBrief(author, { briefId: brief.id, reason });
    expect(await db().publication.count({ where: { briefId: brief.id } })).toBe(1);

    const unseen = await briefIn("approved", author);
    await publishBrief(author, { briefId: unseen.id, scheduledFor: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await refusal(withdrawBrief(author, { briefId: unseen.id, reason }))).message).toMatch(/cancel its scheduled publication/);
  });
});
