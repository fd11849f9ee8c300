// What the editor page and the review screen need to move a brief along: its state,
// the open review (who, which revision), what the reviewer must check, and the
// difference from what readers see now.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verdictChanges } from "@/lib/publishing/verdict-changes";
import { compareSnapshots } from "@/lib/revisions/compare-snapshots";
import { editorsSinceLastApproval } from "./four-eyes";
import { getDeskSettings } from "./settings";
import { alteredQuoteWarning } from "./submit-checks";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export async function getWorkflow(actor: Actor | null, briefId: string) {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const brief = await tx.brief.findUnique({
      where: { id: briefId },
      select: {
        id: true,
        state: true,
        version: true,
        slug: true,
        withdrawnAt: true,
        currentPublication: { select: { version: true, snapshot: true, publishedAt: true } },
        reviews: {
          where: { decision: { in: ["pending", "approved", "changes_requested"] } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: {
            id: true,
            decision: true,
            message: true,
            decidedAt: true,
            createdAt: true,
            reviewer: { select: { id: true, name: true } },
            submittedBy: { select: { name: true } },
            revision: { select: { number: true, snapshot: true } },
          },
        },
      },
    });
    if (!brief) throw new AppError("not_found", "There is no such brief.");
    const review = brief.reviews[0] ?? null;
    const reviewers = await tx.user.findMany({
      where: { active: true, id: { not: me.id } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    const editedByMe = (await editorsSinceLastApproval(tx, briefId)).has(me.id);
    const altered = await tx.quote.findMany({
      where: { briefId, verification: "altered" },
      orderBy: { position: "asc" },
      select: { ref: true },
    });
    const { allowSelfApproval } = await getDeskSettings(tx);
    const snapshot = review ? readSnapshot(review.revision.snapshot) : null;
    const current = brief.currentPublication;
    const isScheduled = current !== null && current.publishedAt > new Date();
    const published = current ? readSnapshot(current.snapshot) : null;
    return {
      brief: { id: brief.id, state: brief.state, version: brief.version, slug: brief.slug, withdrawn: brief.withdrawnAt !== null },
      /** the version readers see now, if any */
      publishedVersion: isScheduled ? (current.version > 1 ? current.version - 1 : null) : (current?.version ?? null),
      /** a publication waiting for its time */
      scheduled: isScheduled ? { version: current.version, at: current.publishedAt } : null,
      review: review && {
        id: review.id,
        decision: review.decision,
        message: review.message,
        decidedAt: review.decidedAt,
        createdAt: review.createdAt,
        reviewer: review.reviewer,
        submittedBy: review.submittedBy?.name ?? null,
        revision: review.revision.number,
      },
      snapshot,
      /** against the latest publication, for a next version; null for a first version */
      comparison: snapshot && published ? compareSnapshots(published, snapshot) : null,
      /** verdicts that publishing this version changes: it then needs a verdict-change correction */
      verdictChanges: snapshot && published ? verdictChanges(published, snapshot) : [],
      reviewers,
      /** four-eyes: may this actor approve (or only with the desk's self-approval setting) */
      mayApprove: !editedByMe || allowSelfApproval,
      selfApprovalNeeded: editedByMe,
      /** what the author should know before submitting; it does not block (DESIGN rule 7) */
      submitWarnings: altered.map(({ ref }) => alteredQuoteWarning(ref)),
    };
  });
}
