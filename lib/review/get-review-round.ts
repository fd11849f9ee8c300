// What a reviewer brings into the next round of a review: the ticks and notes they gave
// at their last decision on this brief, kept for the items whose content did not change
// since (compared by content hash, lib/review/item-hashes.ts), cleared and flagged for
// the ones that did; and the changes between the revision they decided on and the one
// now waiting. The tick is bound to the revision it was given on: revisions are
// immutable, so the item as it was ticked is always there to compare with.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { compareSnapshots, type SnapshotComparison } from "@/lib/revisions/compare-snapshots";
import type { BriefSnapshot } from "@/lib/revisions/snapshot";
import { itemHashes } from "./item-hashes";

export type CarriedCheck = { checked: boolean; note: string; changedSinceTick: boolean };
export type ReviewRound = {
  /** the reviewer's last decision on this brief, if they made one */
  previous: { reviewId: string; revision: number; decision: "approved" | "changes_requested"; decidedAt: Date | null } | null;
  /** by `kind:ref`, for the items of the waiting review */
  checks: Record<string, CarriedCheck>;
  /** from the revision of that decision to the one waiting */
  comparison: SnapshotComparison | null;
};

export async function getReviewRound(actor: Actor | null, input: { briefId: string }): Promise<ReviewRound> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const pending = await tx.review.findFirst({
      where: { briefId: input.briefId, decision: "pending" },
      orderBy: { createdAt: "desc" },
      select: { id: true, revision: { select: { snapshot: true } } },
    });
    if (!pending) throw new AppError("not_found", "This brief has no review waiting.");
    const last = await tx.review.findFirst({
      where: { briefId: input.briefId, reviewerId: me.id, decision: { in: ["approved", "changes_requested"] }, id: { not: pending.id } },
      orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        decision: true,
        decidedAt: true,
        revision: { select: { number: true, snapshot: true } },
        checks: { select: { itemKind: true, itemRef: true, checked: true, note: true } },
      },
    });
    if (!last) return { previous: null, checks: {}, comparison: null };

    const [before, now] = [last.revision.snapshot as unknown as BriefSnapshot, pending.revision.snapshot as unknown as BriefSnapshot];
    const [then, current] = [itemHashes(before), itemHashes(now)];
    const checks: Record<string, CarriedCheck> = {};
    for (const check of last.checks) {
      const key = `${check.itemKind}:${check.itemRef}`;
      if (!check.checked || !current.has(key)) continue;
      const same = then.get(key) === current.get(key);
      checks[key] = same
        ? { checked: true, note: check.note, changedSinceTick: false }
        : { checked: false, note: "", changedSinceTick: true };
    }
    return {
      previous: {
        reviewId: last.id,
        revision: last.revision.number,
        decision: last.decision as "approved" | "changes_requested",
        decidedAt: last.decidedAt,
      },
      checks,
      comparison: compareSnapshots(before, now),
    };
  });
}
