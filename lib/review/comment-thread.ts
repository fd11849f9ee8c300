// What adding, replying, resolving and reopening share: the brief a discussion belongs
// to (held with a share lock, so a withdrawal waits for the comment or comes first),
// the rule that a withdrawn brief's discussion is closed, and the thread a comment is
// part of (a reply always hangs from its thread's root comment).
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Locks the brief against a concurrent withdrawal; refuses a missing or withdrawn brief. */
export async function openDiscussion(tx: Tx, briefId: string): Promise<void> {
  const [brief] = await tx.$queryRaw<{ state: string }[]>`
    SELECT state::text AS state FROM "Brief" WHERE id = ${briefId} FOR SHARE`;
  if (!brief) throw new AppError("not_found", "This brief no longer exists.");
  if (brief.state === "withdrawn") throw new AppError("conflict", "This brief was withdrawn: its comments are closed.");
}

/** The root comment of the thread `commentId` belongs to, with who may resolve it. */
export async function findThread(tx: Tx, commentId: string) {
  const comment = await tx.reviewComment.findUnique({ where: { id: commentId }, select: { parentId: true } });
  if (!comment) throw new AppError("not_found", "This comment no longer exists.");
  const root = await tx.reviewComment.findUniqueOrThrow({
    where: { id: comment.parentId ?? commentId },
    select: {
      id: true,
      reviewId: true,
      authorId: true,
      resolvedAt: true,
      resolvedBy: { select: { name: true } },
      review: { select: { briefId: true, brief: { select: { authors: { select: { userId: true } } } } } },
    },
  });
  return { ...root, briefId: root.review.briefId, briefAuthorIds: root.review.brief.authors.map((a) => a.userId) };
}
