// A desk user comments on a review: on the brief as a whole, on a quote, an event or a
// claim (by its ref), or on a passage of the body. The anchor must exist in the revision the
// review checks — the ref among its quotes or events, the passage in its body once
// runs of whitespace are made single spaces — so a comment always points at something
// its reader can find. Without a named review, the comment goes on the brief's latest
// review that was not voided.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { openDiscussion } from "./comment-thread";
import { addCommentSchema } from "./schemas";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export { addCommentSchema } from "./schemas";
export type AddCommentInput = UseCaseInput<typeof addCommentSchema>;

export type AddCommentResult = { commentId: string; reviewId: string; briefId: string };

/** Whitespace as a browser selection and a Markdown source may differ in it. */
export const normalizeWhitespace = (text: string) => text.replace(/\s+/g, " ").trim();

export async function addComment(actor: Actor | null, input: AddCommentInput, tx?: Tx): Promise<AddCommentResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(addCommentSchema, input);
    await openDiscussion(tx, data.briefId);
    const review = await reviewToCommentOn(tx, data.briefId, data.reviewId ?? null);
    const anchor = anchorIn(review.snapshot, review.revision, data);

    const comment = await tx.reviewComment.create({
      data: { reviewId: review.id, authorId: me.id, ...anchor, body: data.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "comment.add",
      entityType: "brief",
      entityId: data.briefId,
      data: { reviewId: review.id, commentId: comment.id, itemKind: anchor.itemKind, itemRef: anchor.itemRef },
    });
    return { commentId: comment.id, reviewId: review.id, briefId: data.briefId };
  });
}

async function reviewToCommentOn(tx: Tx, briefId: string, reviewId: string | null) {
  const review = await tx.review.findFirst({
    where: reviewId ? { id: reviewId, briefId } : { briefId, decision: { not: "voided" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, revision: { select: { number: true, snapshot: true } } },
  });
  if (!review) {
    throw reviewId
      ? new AppError("not_found", "There is no such review of this brief.")
      : new AppError("conflict", "This brief has no review to comment on: comments start once it is submitted for review.");
  }
  return { id: review.id, revision: review.revision.number, snapshot: readSnapshot(review.revision.snapshot) };
}

type AnchorInput = { itemKind: "brief" | "quote" | "event" | "claim" | "body"; itemRef?: string | null; anchorText?: string | null };

/** The columns that anchor the comment, refused per field when the revision has no such thing. */
function anchorIn(snapshot: BriefSnapshot, revision: number, input: AnchorInput) {
  const invalid = (field: string, message: string) =>
    new AppError("invalid", "Please correct the highlighted fields.", { [field]: [message] });
  switch (input.itemKind) {
    case "brief":
      return { itemKind: null, itemRef: null, anchorText: null };
    case "quote":
    case "event":
    case "claim": {
      const items: { ref: string }[] = { quote: snapshot.quotes, event: snapshot.events, claim: claimsOf(snapshot) }[input.itemKind];
      if (!items.some((item) => item.ref === input.itemRef)) {
        throw invalid("itemRef", `Revision ${revision} has no ${input.itemKind} ${input.itemRef}: choose one of its ${input.itemKind}s.`);
      }
      return { itemKind: input.itemKind, itemRef: input.itemRef!, anchorText: null };
    }
    case "body": {
      const passage = normalizeWhitespace(input.anchorText ?? "");
      if (!normalizeWhitespace(snapshot.body).includes(passage)) {
        throw invalid("anchorText", `This passage is not in the body of revision ${revision}: copy it exactly as the brief has it.`);
      }
      return { itemKind: "body" as const, itemRef: null, anchorText: passage };
    }
  }
}
