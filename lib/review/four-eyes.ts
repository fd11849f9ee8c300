// DESIGN rule 1: nobody approves a revision they authored or edited. What counts is
// every revision since the brief's last approval (all of them if it was never
// approved), so an editor who changed one word since then cannot approve it either.
import type { Tx } from "@/lib/db/client";

/** The users who wrote a revision of the brief since its last approval. */
export async function editorsSinceLastApproval(tx: Tx, briefId: string): Promise<Set<string>> {
  const lastApproval = await tx.review.findFirst({
    where: { briefId, decision: "approved" },
    orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
    select: { revision: { select: { number: true } } },
  });
  const revisions = await tx.revision.findMany({
    where: { briefId, ...(lastApproval && { number: { gt: lastApproval.revision.number } }) },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return new Set(revisions.map((r) => r.authorId));
}

/**
 * Whether the approval of this review was a self-approval allowed by the desk
 * setting: the publication step reads it to say so to readers.
 */
export async function isSelfApproved(tx: Tx, reviewId: string): Promise<boolean> {
  const review = await tx.review.findUnique({ where: { id: reviewId }, select: { briefId: true, decision: true } });
  if (review?.decision !== "approved") return false;
  const entry = await tx.auditEntry.findFirst({
    where: { action: "brief.approve", entityType: "brief", entityId: review.briefId, data: { path: ["reviewId"], equals: reviewId } },
    orderBy: { createdAt: "desc" },
    select: { data: true },
  });
  return (entry?.data as { selfApproved?: unknown } | null)?.selfApproved === true;
}
