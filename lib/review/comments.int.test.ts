import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { countUnread, getInbox, markInboxRead } from "@/lib/inbox/get-inbox";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { newActor, refusal } from "@/lib/test-support";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { publish } from "@/prisma/seed/workflow";
import { addComment } from "./add-comment";
import { approveReview } from "./decide-review";
import { listComments } from "./list-comments";
import { replyToComment } from "./reply-to-comment";
import { reopenComment, resolveComment } from "./resolve-comment";
import { submitForReview } from "./submit-for-review";

/** A brief in review with quote q1, event e1 and a body whose lines break mid-sentence. */
async function briefInReview(author: Actor, reviewerId?: string) {
  const brief = await db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "Kim promised his full support to Moscow." });
    const b = await buildBrief(tx, { authorIds: [author.id], body: "Kim promised his\nfull   support [@q1] on [@e1], per [@d1]." });
    await citeDocument(tx, { briefId: b.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: b.id, documentId: document.id, ref: "q1", text: "full support", speakerName: "Kim Jong-Un" });
    await addEvent(tx, {
      briefId: b.id,
      ref: "e1",
      description: "Kim writes to Putin",
      date: "2022-06-12",
      precision: "day",
      documentIds: [document.id],
    });
    return b;
  });
  const { reviewId } = await submitForReview(author, { briefId: brief.id, baseVersion: brief.version, reviewerId });
  return { briefId: brief.id, reviewId };
}

const allChecked = [
  { itemKind: "quote", itemRef: "q1", checked: true },
  { itemKind: "event", itemRef: "e1", checked: true },
];

const edit = (actor: Actor, briefId: string, title: string) =>
  db().$transaction((tx) =>
    editBrief(tx, { briefId, actorId: actor.id }, () => tx.brief.update({ where: { id: briefId }, data: { title } })),
  );

describe("commenting on a review", () => {
  it("anchors a comment to the brief, a quote, an event or a passage of the body of the reviewed revision", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { briefId, reviewId } = await briefInReview(author, reviewer.id);

    const onBrief = await addComment(reviewer, { briefId, body: "Good overall." });
    expect(onBrief).toEqual({ commentId: expect.any(String), reviewId, briefId });
    await addComment(reviewer, { briefId, itemKind: "quote", itemRef: "q1", body: "Is this the full sentence?" });
    await addComment(reviewer, { briefId, reviewId, itemKind: "event", itemRef: "e1", body: "Which day exactly?" });
    await addComment(reviewer, { briefId, itemKind: "body", anchorText: "  his full\n support ", body: "Whose words?" });

    const stored = await db().reviewComment.findMany({ where: { reviewId }, orderBy: { createdAt: "asc" } });
    expect(stored.map((c) => [c.itemKind, c.itemRef, c.anchorText, c.authorId])).toEqual([
      [null, null, null, reviewer.id],
      ["quote", "q1", null, reviewer.id],
      ["event", "e1", null, reviewer.id],
      ["body", null, "his full support", reviewer.id],
    ]);
    expect(
      await db().auditEntry.findFirst({
        where: { entityId: briefId, action: "comment.add", data: { path: ["commentId"], equals: onBrief.commentId } },
      }),
    ).toMatchObject({
      actorId: reviewer.id,
      entityType: "brief",
      data: { reviewId, itemKind: null, itemRef: null },
    });

    const { threads, open, target } = await listComments(author, briefId);
    expect(open).toBe(4);
    expect(threads.map((t) => t.anchor)).toEqual([
      { kind: "body", passage: "his full support" },
      { kind: "event", ref: "e1" },
      { kind: "quote", ref: "q1" },
      { kind: "brief" },
    ]);
    expect(threads[0]).toMatchObject({
      author: { id: reviewer.id, name: reviewer.name },
      revision: 1,
      reviewId,
      resolved: null,
      replies: [],
      mayResolve: true,
    });
    expect(target).toMatchObject({
      briefId,
      reviewId,
      revision: 1,
      quotes: [{ ref: "q1", text: "full support" }],
      events: [{ ref: "e1", description: "Kim writes to Putin" }],
    });
  });

  it("refuses an anchor the revision does not have, with the reason next to the field", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { briefId } = await briefInReview(author);

    const noQuote = await refusal(addComment(reviewer, { briefId, itemKind: "quote", itemRef: "q9", body: "Hm." }));
    expect(noQuote.fieldErrors).toEqual({ itemRef: ["Revision 1 has no quote q9: choose one of its quotes."] });
    const eventAsQuote = await refusal(addComment(reviewer, { briefId, itemKind: "event", itemRef: "q1", body: "Hm." }));
    expect(eventAsQuote.fieldErrors.itemRef).toEqual(["Revision 1 has no event q1: choose one of its events."]);
    const unchosen = await refusal(addComment(reviewer, { briefId, itemKind: "quote", itemRef: "", body: "Hm." }));
    expect(unchosen.fieldErrors.itemRef).toEqual(["Choose the quote your comment is about."]);
    const elsewhere = await refusal(addComment(reviewer, { briefId, itemKind: "body", anchorText: "full support to Moscow", body: "Hm." }));
    expect(elsewhere.fieldErrors.anchorText).toEqual([
      "This passage is not in the body of revision 1: copy it exactly as the brief has it.",
    ]);
    const noPassage = await refusal(addComment(reviewer, { briefId, itemKind: "body", anchorText: " ", body: "Hm." }));
    expect(noPassage.fieldErrors.anchorText).toEqual(["Copy the passage of the body your comment is about."]);
    const bad = await refusal(addComment(reviewer, { briefId, itemKind: "somewhere" as never, body: "  " }));
    expect(bad.fieldErrors).toEqual({ itemKind: ["Choose what your comment is about."], body: ["Write your comment."] });
    const long = await refusal(addComment(reviewer, { briefId, body: "x".repeat(5001) }));
    expect(long.fieldErrors.body).toEqual(["Keep a comment to 5,000 characters at most."]);
    expect(await db().reviewComment.count({ where: { review: { briefId } } })).toBe(0);
  });

  it("goes on the latest review that was not voided, and needs one", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const draft = await db().$transaction((tx) => buildBrief(tx, { authorIds: [author.id] }));
    const none = await refusal(addComment(reviewer, { briefId: draft.id, body: "Early thoughts." }));
    expect(none).toMatchObject({
      code: "conflict",
      message: "This brief has no review to comment on: comments start once it is submitted for review.",
    });
    expect((await listComments(author, draft.id)).target).toBeNull();

    const { briefId, reviewId } = await briefInReview(author);
    const other = await briefInReview(author);
    expect((await refusal(addComment(reviewer, { briefId, reviewId: other.reviewId, body: "Wrong brief." }))).code).toBe("not_found");

    await addComment(reviewer, { briefId, itemKind: "quote", itemRef: "q1", body: "On revision 1." });
    await edit(author, briefId, "A new title"); // voids the pending review
    expect((await refusal(addComment(reviewer, { briefId, body: "Nothing to review now." }))).code).toBe("conflict");
    const { version } = await db().brief.findUniqueOrThrow({ where: { id: briefId } });
    const next = await submitForReview(author, { briefId, baseVersion: version });
    expect((await addComment(reviewer, { briefId, body: "On the next revision." })).reviewId).toBe(next.reviewId);
    // the named review still takes comments on its own revision
    expect((await addComment(reviewer, { briefId, reviewId, body: "Late note on revision 1." })).reviewId).toBe(reviewId);

    const { threads } = await listComments(author, briefId);
    expect(threads.map((t) => [t.body, t.revision])).toEqual([
      ["Late note on revision 1.", 1],
      ["On the next revision.", next.revision.number],
      ["On revision 1.", 1],
    ]);
  });
});

describe("replying and resolving", () => {
  it("attaches replies, and replies to replies, to the thread's root", async () => {
    const [author, reviewer, third] = [await newActor(), await newActor(), await newActor()];
    const { briefId, reviewId } = await briefInReview(author, reviewer.id);
    const root = await addComment(reviewer, { briefId, itemKind: "quote", itemRef: "q1", body: "Source?" });

    const first = await replyToComment(author, { commentId: root.commentId, body: "The ministry's statement." });
    expect(first).toEqual({ commentId: expect.any(String), threadId: root.commentId, briefId });
    const second = await replyToComment(third, { commentId: first.commentId, body: "Agreed." });
    expect(second.threadId).toBe(root.commentId);
    expect((await db().reviewComment.findUniqueOrThrow({ where: { id: second.commentId } })).parentId).toBe(root.commentId);
    expect(
      await db().auditEntry.findFirst({ where: { action: "comment.reply", data: { path: ["commentId"], equals: second.commentId } } }),
    ).toMatchObject({
      actorId: third.id,
      entityId: briefId,
      data: { reviewId, threadId: root.commentId },
    });

    const [thread] = (await listComments(reviewer, briefId)).threads;
    expect(thread!.replies.map((r) => [r.author.name, r.body])).toEqual([
      [author.name, "The ministry's statement."],
      [third.name, "Agreed."],
    ]);
    expect((await refusal(replyToComment(author, { commentId: root.commentId, body: "" }))).fieldErrors.body).toEqual([
      "Write your comment.",
    ]);
    expect((await refusal(replyToComment(author, { commentId: "no-such-comment", body: "Hello?" }))).code).toBe("not_found");
  });

  it("lets the brief's authors, the thread's author and admins resolve and reopen a thread, and nobody else", async () => {
    const [author, reviewer, other, admin] = [await newActor(), await newActor(), await newActor(), await newActor({ role: "admin" })];
    const { briefId } = await briefInReview(author, reviewer.id);
    const root = await addComment(reviewer, { briefId, body: "Tighten the summary." });
    const reply = await replyToComment(other, { commentId: root.commentId, body: "Seconded." });

    const denied = await refusal(resolveComment(other, { commentId: root.commentId }));
    expect(denied).toMatchObject({
      code: "forbidden",
      message: "Only the brief's authors, whoever started this thread and admins can resolve it.",
    });
    expect((await listComments(other, briefId)).threads[0]!.mayResolve).toBe(false);

    // resolving through a reply resolves its thread
    expect(await resolveComment(author, { commentId: reply.commentId })).toEqual({ threadId: root.commentId, briefId, resolved: true });
    expect(await refusal(resolveComment(reviewer, { commentId: root.commentId }))).toMatchObject({
      code: "conflict",
      message: `This thread was already resolved by ${author.name}.`,
    });
    expect((await refusal(reopenComment(other, { commentId: root.commentId }))).code).toBe("forbidden");
    await reopenComment(reviewer, { commentId: root.commentId });
    expect((await refusal(reopenComment(reviewer, { commentId: root.commentId }))).message).toBe("This thread is open already.");
    await resolveComment(admin, { commentId: root.commentId });

    const stored = await db().reviewComment.findUniqueOrThrow({ where: { id: root.commentId } });
    expect(stored.resolvedById).toBe(admin.id);
    expect(stored.resolvedAt).toBeInstanceOf(Date);
    const audit = await db().auditEntry.findMany({
      where: { entityId: briefId, action: { in: ["comment.resolve", "comment.reopen"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId, a.fromState, a.toState])).toEqual([
      ["comment.resolve", author.id, "open", "resolved"],
      ["comment.reopen", reviewer.id, "resolved", "open"],
      ["comment.resolve", admin.id, "open", "resolved"],
    ]);
  });

  it("lists open threads first, then resolved ones, newest first within each", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { briefId } = await briefInReview(author);
    const oldest = await addComment(reviewer, { briefId, body: "One." });
    await addComment(reviewer, { briefId, body: "Two." });
    const newest = await addComment(reviewer, { briefId, body: "Three." });
    await resolveComment(author, { commentId: newest.commentId });
    await resolveComment(author, { commentId: oldest.commentId });

    const { threads, open } = await listComments(author, briefId);
    expect(threads.map((t) => [t.body, t.resolved?.by ?? null])).toEqual([
      ["Two.", null],
      ["Three.", author.name],
      ["One.", author.name],
    ]);
    expect(open).toBe(1);
  });

  it("closes the discussion of a withdrawn brief", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { briefId, reviewId } = await briefInReview(author);
    const root = await addComment(reviewer, { briefId, body: "Before publication." });
    await approveReview(reviewer, { reviewId, checks: allChecked as never });
    await db().$transaction((tx) => publish(tx, { reviewId, publisherId: author.id }));
    await withdrawBrief(author, { briefId, reason: "The story turned out to be a hoax." });

    const closed = "This brief was withdrawn: its comments are closed.";
    expect(await refusal(addComment(reviewer, { briefId, body: "After withdrawal." }))).toMatchObject({
      code: "conflict",
      message: closed,
    });
    expect(await refusal(replyToComment(author, { commentId: root.commentId, body: "Too late." }))).toMatchObject({
      code: "conflict",
      message: closed,
    });
    expect(await refusal(resolveComment(author, { commentId: root.commentId }))).toMatchObject({ code: "conflict", message: closed });
    const { threads, target } = await listComments(author, briefId);
    expect(threads).toHaveLength(1);
    expect(target).toBeNull();
  });

  it("is for desk users only", async () => {
    expect((await refusal(addComment(null, { briefId: "x", body: "Hi." }))).code).toBe("unauthenticated");
    expect((await refusal(listComments(null, "x"))).code).toBe("unauthenticated");
  });
});

describe("comments in the inbox", () => {
  it("tells authors of comments on their brief, and thread participants of replies, not of their own", async () => {
    const [author, reviewer, third] = [await newActor(), await newActor(), await newActor()];
    const { briefId } = await briefInReview(author, reviewer.id);
    // what earlier tests left waiting in the queue, and the review request, are read
    for (const someone of [author, reviewer, third]) await markInboxRead(someone);
    const mine = async (actor: Actor) => (await getInbox(actor)).items.filter((i) => i.briefId === briefId);
    const root = await addComment(reviewer, { briefId, itemKind: "quote", itemRef: "q1", body: "Is this verbatim?" });

    expect((await mine(author)).map((i) => [i.kind, i.id, i.briefId, i.who, i.message, i.unread])).toEqual([
      ["comment", root.commentId, briefId, reviewer.name, "Is this verbatim?", true],
    ]);
    expect(await countUnread(author)).toBe(1);
    expect((await mine(reviewer)).map((i) => i.kind)).toEqual(["review_request"]);
    expect(await countUnread(reviewer)).toBe(0);

    const reply = await replyToComment(author, { commentId: root.commentId, body: "Yes, word for word." });
    expect((await mine(reviewer)).filter((i) => i.unread).map((i) => [i.kind, i.id, i.who, i.message])).toEqual([
      ["reply", reply.commentId, author.name, "Yes, word for word."],
    ]);
    expect(await countUnread(reviewer)).toBe(1);
    expect((await mine(author)).map((i) => i.kind)).toEqual(["comment"]); // not told of their own reply
    expect(await mine(third)).toEqual([]);

    // someone who took part in the thread hears of later replies in it
    await replyToComment(third, { commentId: reply.commentId, body: "Checked too." });
    await markInboxRead(third);
    await replyToComment(reviewer, { commentId: root.commentId, body: "Thanks both." });
    expect((await mine(third)).filter((i) => i.unread).map((i) => [i.kind, i.message])).toEqual([["reply", "Thanks both."]]);
    expect(await countUnread(third)).toBe(1);
    expect(await countUnread(author)).toBe(3); // the comment, and the replies of third and the reviewer
    expect(await countUnread(reviewer)).toBe(2);

    await markInboxRead(author);
    expect(await countUnread(author)).toBe(0);
    expect((await getInbox(author)).unread).toBe(0);
  });

  it("shortens a long comment to one line", async () => {
    const [author, reviewer] = [await newActor(), await newActor()];
    const { briefId } = await briefInReview(author);
    await addComment(reviewer, { briefId, body: "word ".repeat(100) });
    const [item] = (await getInbox(author)).items.filter((i) => i.briefId === briefId);
    expect(item!.message.length).toBeLessThanOrEqual(160);
    expect(item!.message.endsWith("…")).toBe(true);
  });
});
