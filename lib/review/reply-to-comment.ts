// A desk user replies in a comment's thread. Threads are one level deep: a reply to a
// reply is attached to the thread's root comment, so a thread reads top to bottom.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { findThread, openDiscussion } from "./comment-thread";
import { replyToCommentSchema } from "./schemas";

export { replyToCommentSchema } from "./schemas";
export type ReplyToCommentInput = UseCaseInput<typeof replyToCommentSchema>;
export type ReplyToCommentResult = ReplyResult;

export type ReplyResult = { commentId: string; threadId: string; briefId: string };

export async function replyToComment(actor: Actor | null, input: ReplyToCommentInput, tx?: Tx): Promise<ReplyToCommentResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(replyToCommentSchema, input);
    const thread = await findThread(tx, data.commentId);
    await openDiscussion(tx, thread.briefId);

    const reply = await tx.reviewComment.create({
      data: { reviewId: thread.reviewId, authorId: me.id, parentId: thread.id, body: data.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "comment.reply",
      entityType: "brief",
      entityId: thread.briefId,
      data: { reviewId: thread.reviewId, commentId: reply.id, threadId: thread.id },
    });
    return { commentId: reply.id, threadId: thread.id, briefId: thread.briefId };
  });
}
