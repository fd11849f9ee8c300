// Resolving a thread marks it settled; reopening puts it back among the open ones.
// Either is for the people the thread concerns: the brief's authors, whoever started
// the thread, and admins. Replies are resolved with their thread, never alone.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findThread, openDiscussion } from "./comment-thread";
import { resolveCommentSchema } from "./schemas";

export { resolveCommentSchema } from "./schemas";
export type ResolveResult = { threadId: string; briefId: string; resolved: boolean };

export type ResolveCommentInput = UseCaseInput<typeof resolveCommentSchema>;

export async function resolveComment(actor: Actor | null, input: ResolveCommentInput, tx?: Tx): Promise<ResolveResult> {
  return inTransaction(tx, (tx) => setResolved(tx, actor, input, true));
}

export type ReopenCommentInput = UseCaseInput<typeof resolveCommentSchema>;

export async function reopenComment(actor: Actor | null, input: ReopenCommentInput, tx?: Tx): Promise<ResolveResult> {
  return inTransaction(tx, (tx) => setResolved(tx, actor, input, false));
}

/** Who may resolve or reopen a thread (shown as buttons by listComments, enforced here). */
export function mayResolve(me: Pick<Actor, "id" | "role">, thread: { authorId: string; briefAuthorIds: string[] }): boolean {
  return me.role === "admin" || me.id === thread.authorId || thread.briefAuthorIds.includes(me.id);
}

async function setResolved(tx: Tx, actor: Actor | null, input: ResolveCommentInput, resolved: boolean): Promise<ResolveResult> {
  const me = await authorize(tx, actor, "desk.use");
  const { commentId } = parseInput(resolveCommentSchema, input);
  const thread = await findThread(tx, commentId);
  await openDiscussion(tx, thread.briefId);
  if (!mayResolve(me, thread)) {
    throw new AppError(
      "forbidden",
      `Only the brief's authors, whoever started this thread and admins can ${resolved ? "resolve" : "reopen"} it.`,
    );
  }

  // Conditional on the current state, so that of two people resolving at once one is told.
  const changed = await tx.reviewComment.updateMany({
    where: { id: thread.id, resolvedAt: resolved ? null : { not: null } },
    data: resolved ? { resolvedAt: new Date(), resolvedById: me.id } : { resolvedAt: null, resolvedById: null },
  });
  if (changed.count === 0) {
    throw new AppError(
      "conflict",
      resolved
        ? `This thread was already resolved${thread.resolvedBy ? ` by ${thread.resolvedBy.name}` : ""}.`
        : "This thread is open already.",
    );
  }
  await recordAudit(tx, {
    actorId: me.id,
    action: resolved ? "comment.resolve" : "comment.reopen",
    entityType: "brief",
    entityId: thread.briefId,
    fromState: resolved ? "open" : "resolved",
    toState: resolved ? "resolved" : "open",
    data: { reviewId: thread.reviewId, commentId: thread.id },
  });
  return { threadId: thread.id, briefId: thread.briefId, resolved };
}
