// A brief's discussion, over all its reviews: each thread is a root comment with its
// replies (oldest first), what it is anchored to, and the revision it was made on.
// Open threads come first, then resolved ones; newest first within each. With them,
// what a new comment would be on: the latest review that was not voided (as
// addComment picks it), unless the brief was withdrawn.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimsOf } from "@/lib/revisions/snapshot";
import { mayResolve } from "./resolve-comment";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export type CommentAnchor = { kind: "brief" } | { kind: "quote" | "event" | "claim"; ref: string } | { kind: "body"; passage: string };

const author = { select: { id: true, name: true } } as const;

export async function listComments(actor: Actor | null, briefId: string) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const brief = await tx.brief.findUnique({
      where: { id: briefId },
      select: {
        state: true,
        authors: { select: { userId: true } },
        reviews: {
          where: { decision: { not: "voided" } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { id: true, revision: { select: { number: true, snapshot: true } } },
        },
      },
    });
    if (!brief) throw new AppError("not_found", "There is no such brief.");
    const briefAuthorIds = brief.authors.map((a) => a.userId);

    const roots = await tx.reviewComment.findMany({
      where: { parentId: null, review: { briefId } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        itemKind: true,
        itemRef: true,
        anchorText: true,
        body: true,
        createdAt: true,
        resolvedAt: true,
        author,
        resolvedBy: { select: { name: true } },
        review: { select: { id: true, revision: { select: { number: true } } } },
        replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, author } },
      },
    });
    const threads = roots.map((root) => ({
      id: root.id,
      anchor: anchorOf(root),
      body: root.body,
      author: root.author,
      createdAt: root.createdAt,
      reviewId: root.review.id,
      revision: root.review.revision.number,
      resolved: root.resolvedAt ? { at: root.resolvedAt, by: root.resolvedBy?.name ?? "a former user" } : null,
      replies: root.replies,
      mayResolve: mayResolve(me, { authorId: root.author.id, briefAuthorIds }),
    }));
    // Stable: newest first is kept within the open and the resolved threads.
    threads.sort((a, b) => Number(a.resolved !== null) - Number(b.resolved !== null));
    const review = brief.state === "withdrawn" ? null : (brief.reviews[0] ?? null);
    return { threads, open: threads.filter((t) => !t.resolved).length, target: review && targetOf(briefId, review) };
  });
}

function targetOf(briefId: string, review: { id: string; revision: { number: number; snapshot: unknown } }) {
  const snapshot = readSnapshot(review.revision.snapshot);
  return {
    briefId,
    reviewId: review.id,
    revision: review.revision.number,
    quotes: snapshot.quotes.map((q) => ({ ref: q.ref, text: q.text, speaker: q.speakerName })),
    events: snapshot.events.map((e) => ({ ref: e.ref, when: e.dateLabel, description: e.description })),
    claims: claimsOf(snapshot).map((c) => ({ ref: c.ref, text: c.text, speaker: c.speakerName })),
  };
}

function anchorOf(comment: { itemKind: string | null; itemRef: string | null; anchorText: string | null }): CommentAnchor {
  if ((comment.itemKind === "quote" || comment.itemKind === "event" || comment.itemKind === "claim") && comment.itemRef) {
    return { kind: comment.itemKind, ref: comment.itemRef };
  }
  if (comment.itemKind === "body" && comment.anchorText) return { kind: "body", passage: comment.anchorText };
  return { kind: "brief" };
}
