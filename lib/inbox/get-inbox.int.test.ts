import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { approveReview, requestChanges } from "@/lib/review/decide-review";
import { submitForReview } from "@/lib/review/submit-for-review";
import { newActor, refusal } from "@/lib/test-support";
import { addEvent, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { countUnread, getInbox, markInboxRead } from "./get-inbox";

async function submittedBrief(author: Actor, reviewerId?: string) {
  const brief = await db().$transaction(async (tx) => {
    const document = await buildDocument(tx);
    const b = await buildBrief(tx, {
      authorIds: [author.id],
      title: `Inbox ${Date.now()}`,
      summary: "A summary.",
      body: "It happened [@e1].",
    });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    await addEvent(tx, {
      briefId: b.id,
      ref: "e1",
      description: "Something happened",
      date: "2022-06-12",
      precision: "day",
      documentIds: [document.id],
    });
    return b;
  });
  const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: brief.version, reviewerId });
  return { brief, reviewId };
}

describe("the inbox", () => {
  it("shows a reviewer their review requests and the author the decision, with unread counts", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { brief, reviewId } = await submittedBrief(author, reviewer.id);

    let inbox = await getInbox(reviewer);
    expect(inbox.items.map((i) => [i.kind, i.briefId, i.unread])).toEqual([["review_request", brief.id, true]]);
    expect(inbox.unread).toBe(1);
    expect(await countUnread(reviewer)).toBe(1);

    await markInboxRead(reviewer);
    expect((await getInbox(reviewer)).unread).toBe(0);
    expect(await countUnread(reviewer)).toBe(0);

    await requestChanges(reviewer, { reviewId, message: "Name the ministry." });
    inbox = await getInbox(author);
    expect(inbox.items.map((i) => [i.kind, i.who, i.message])).toEqual([["changes_requested", reviewer.name, "Name the ministry."]]);
    expect(inbox.unread).toBe(1);
    expect((await getInbox(reviewer)).items).toEqual([]);
  });

  it("offers queued reviews to everyone but their author", async () => {
    const [author, someone] = [await newActor(), await newActor()];
    const { brief, reviewId } = await submittedBrief(author);
    expect((await getInbox(someone)).items.map((i) => [i.briefId, i.message])).toContainEqual([brief.id, "waits in the review queue"]);
    expect((await getInbox(author)).items.filter((i) => i.briefId === brief.id)).toEqual([]);
    await approveReview(someone, { reviewId, checks: [{ itemKind: "event", itemRef: "e1", checked: true }] });
    expect((await getInbox(author)).items.find((i) => i.briefId === brief.id)?.kind).toBe("approved");
  });

  it("is for desk users only", async () => {
    expect((await refusal(getInbox(null))).code).toBe("unauthenticated");
  });
});
