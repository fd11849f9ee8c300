// Moves seeded briefs through the workflow the way the desk does, with the revision,
// review, publication and audit entries each step leaves behind, so that demo data
// looks exactly like data made by people.
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { publishBrief } from "@/lib/publishing/publish-brief";
import type { CorrectionInput } from "@/lib/publishing/schemas";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { approveReview } from "@/lib/review/decide-review";
import { submitForReview as submit } from "@/lib/review/submit-for-review";
import { claimsOf } from "@/lib/revisions/snapshot";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

const actorFor = (tx: Tx, id: string): Promise<Actor> =>
  tx.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, name: true, email: true } });

/** Submits through the desk's own submitForReview, as the author, at the brief's current version. */
export async function submitForReview(tx: Tx, input: { briefId: string; authorId: string; reviewerId?: string }) {
  const { version } = await tx.brief.findUniqueOrThrow({ where: { id: input.briefId }, select: { version: true } });
  const result = await submit(
    await actorFor(tx, input.authorId),
    {
      briefId: input.briefId,
      baseVersion: version,
      reviewerId: input.reviewerId,
    },
    tx,
  );
  return { revision: result.revision, review: { id: result.reviewId } };
}

/** Approves through the desk's own approveReview, every quote, event and claim checked as a reviewer who found them would. */
export async function approve(tx: Tx, input: { reviewId: string; reviewerId: string; message?: string }) {
  const review = await tx.review.findUniqueOrThrow({ where: { id: input.reviewId }, select: { revision: { select: { snapshot: true } } } });
  const snapshot = readSnapshot(review.revision.snapshot);
  const checks = [
    ...snapshot.quotes.map((q) => ({
      itemKind: "quote" as const,
      itemRef: q.ref,
      checked: true,
      note: q.verification === "verbatim" ? "" : "Checked against the original by hand.",
    })),
    ...snapshot.events.map((e) => ({ itemKind: "event" as const, itemRef: e.ref, checked: true })),
    ...claimsOf(snapshot).map((c) => ({ itemKind: "claim" as const, itemRef: c.ref, checked: true })),
  ];
  return approveReview(await actorFor(tx, input.reviewerId), { reviewId: input.reviewId, checks, message: input.message ?? "" }, tx);
}

/** Publishes the review's brief through the desk's own publishBrief, as its publisher; a later version with its public correction. */
export async function publish(tx: Tx, input: { reviewId: string; publisherId: string; correction?: CorrectionInput }) {
  const { briefId } = await tx.review.findUniqueOrThrow({ where: { id: input.reviewId }, select: { briefId: true } });
  const publisher = await tx.user.findUniqueOrThrow({
    where: { id: input.publisherId },
    select: { id: true, role: true, name: true, email: true },
  });
  return publishBrief(publisher, { briefId, correction: input.correction }, tx);
}

/** Withdraws a published brief through the desk's own withdrawBrief, with its public reason. */
export async function withdraw(tx: Tx, input: { briefId: string; actorId: string; reason: string }) {
  return withdrawBrief(await actorFor(tx, input.actorId), { briefId: input.briefId, reason: input.reason }, tx);
}
