// A reviewer decides a pending review: approve (every quote and event checked, notes
// on quotes that are not verbatim — DESIGN rule 3; never one's own work — rule 1) or
// send the brief back with a message. The decision is bound to the submitted content:
// if the brief no longer hashes to what was submitted, nothing is decided.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { buildSnapshot, claimsOf, type BriefSnapshot } from "@/lib/revisions/snapshot";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { editorsSinceLastApproval } from "./four-eyes";
import { approveReviewSchema, requestChangesSchema, type ReviewCheckInput } from "./schemas";
import { getDeskSettings } from "./settings";
import { assertTransition, type BriefState, type WorkflowAction } from "./state-machine";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export { approveReviewSchema, requestChangesSchema } from "./schemas";
export type DecisionResult = { reviewId: string; briefId: string; state: BriefState; selfApproved: boolean };

export type ApproveReviewInput = UseCaseInput<typeof approveReviewSchema>;

export async function approveReview(actor: Actor | null, input: ApproveReviewInput, tx?: Tx): Promise<DecisionResult> {
  return inTransaction(tx, (tx) => approveIn(tx, actor, input));
}

export type RequestChangesInput = UseCaseInput<typeof requestChangesSchema>;

export async function requestChanges(actor: Actor | null, input: RequestChangesInput, tx?: Tx): Promise<DecisionResult> {
  return inTransaction(tx, (tx) => requestChangesIn(tx, actor, input));
}

async function approveIn(tx: Tx, actor: Actor | null, input: ApproveReviewInput): Promise<DecisionResult> {
  const me = await authorize(tx, actor, "desk.use");
  const data = parseInput(approveReviewSchema, input);
  const { review, toState } = await openForDecision(tx, data.reviewId, me.id, "approve");

  let selfApproved = false;
  if ((await editorsSinceLastApproval(tx, review.briefId)).has(me.id)) {
    if (!(await getDeskSettings(tx)).allowSelfApproval) {
      throw new AppError("forbidden", "You wrote or edited this brief since it was last approved: another editor has to approve it.");
    }
    selfApproved = true;
  }
  assertAllChecked(review.snapshot, data.checks);

  await decide(tx, review.id, me.id, { decision: "approved", message: data.message, checks: data.checks });
  await tx.brief.update({ where: { id: review.briefId }, data: { state: toState } });
  await recordAudit(tx, {
    actorId: me.id,
    action: "brief.approve",
    entityType: "brief",
    entityId: review.briefId,
    fromState: "in_review",
    toState,
    data: { reviewId: review.id, contentHash: review.contentHash, selfApproved },
  });
  return { reviewId: review.id, briefId: review.briefId, state: toState, selfApproved };
}

async function requestChangesIn(tx: Tx, actor: Actor | null, input: RequestChangesInput): Promise<DecisionResult> {
  const me = await authorize(tx, actor, "desk.use");
  const data = parseInput(requestChangesSchema, input);
  const { review, toState } = await openForDecision(tx, data.reviewId, me.id, "request_changes");

  await decide(tx, review.id, me.id, { decision: "changes_requested", message: data.message, checks: data.checks });
  await tx.brief.update({ where: { id: review.briefId }, data: { state: toState } });
  await recordAudit(tx, {
    actorId: me.id,
    action: "brief.request_changes",
    entityType: "brief",
    entityId: review.briefId,
    fromState: "in_review",
    toState,
    data: { reviewId: review.id, contentHash: review.contentHash },
  });
  return { reviewId: review.id, briefId: review.briefId, state: toState, selfApproved: false };
}

/**
 * Locks the review, then its brief, so that two decisions (or a decision and an edit)
 * cannot both go through; checks that this decider may decide it now.
 */
async function openForDecision(tx: Tx, reviewId: string, deciderId: string, action: WorkflowAction) {
  const [locked] = await tx.$queryRaw<{ id: string; briefId: string }[]>`
    SELECT id, "briefId" FROM "Review" WHERE id = ${reviewId} FOR UPDATE`;
  if (!locked) throw new AppError("not_found", "This review no longer exists.");
  await tx.$queryRaw`SELECT id FROM "Brief" WHERE id = ${locked.briefId} FOR UPDATE`;

  const review = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: {
      id: true,
      briefId: true,
      reviewerId: true,
      decision: true,
      contentHash: true,
      reviewer: { select: { name: true } },
      brief: { select: { state: true } },
      revision: { select: { snapshot: true } },
    },
  });
  if (review.decision !== "pending") {
    const what = { approved: "approved", changes_requested: "sent back", voided: "voided by a later edit", pending: "" }[review.decision];
    throw new AppError("conflict", `This review was already decided: the brief was ${what}.`, {}, undefined, { decision: review.decision });
  }
  if (review.reviewerId && review.reviewerId !== deciderId) {
    throw new AppError("forbidden", `This review is assigned to ${review.reviewer?.name ?? "another editor"}.`);
  }
  const toState = assertTransition(review.brief.state, action);
  const { contentHash } = await buildSnapshot(tx, review.briefId);
  if (contentHash !== review.contentHash) {
    throw new AppError("conflict", "The brief changed since it was submitted: review the current version instead.");
  }
  return { review: { ...review, snapshot: readSnapshot(review.revision.snapshot) }, toState };
}

/** DESIGN rule 3, with the reason next to each item the reviewer still has to check. */
function assertAllChecked(snapshot: BriefSnapshot, checks: ReviewCheckInput[]): void {
  const byItem = new Map(checks.map((c) => [`${c.itemKind}:${c.itemRef}`, c]));
  const fieldErrors: Record<string, string[]> = {};
  for (const quote of snapshot.quotes) {
    const check = byItem.get(`quote:${quote.ref}`);
    if (!check?.checked) fieldErrors[`checks.${quote.ref}`] = ["Check this quote against its document."];
    else if (quote.verification !== "verbatim" && !check.note) {
      fieldErrors[`checks.${quote.ref}`] = ["This quote is not verbatim in its document: write how you checked it."];
    }
  }
  for (const event of snapshot.events) {
    if (!byItem.get(`event:${event.ref}`)?.checked) fieldErrors[`checks.${event.ref}`] = ["Check this event against its documents."];
  }
  for (const claim of claimsOf(snapshot)) {
    if (!byItem.get(`claim:${claim.ref}`)?.checked)
      fieldErrors[`checks.${claim.ref}`] = ["Check this claim: its wording, where it appeared, the verdict and the conclusion."];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("invalid", "Check every quote, event and claim before approving.", fieldErrors);
  }
}

async function decide(
  tx: Tx,
  reviewId: string,
  deciderId: string,
  input: { decision: "approved" | "changes_requested"; message: string; checks: ReviewCheckInput[] },
): Promise<void> {
  // One check per item: the last one given wins.
  const checks = [...new Map(input.checks.map((c) => [`${c.itemKind}:${c.itemRef}`, c])).values()];
  await tx.reviewCheck.deleteMany({ where: { reviewId } });
  await tx.reviewCheck.createMany({ data: checks.map((c) => ({ reviewId, ...c })) });
  await tx.review.update({
    where: { id: reviewId },
    data: { decision: input.decision, message: input.message, reviewerId: deciderId, decidedAt: new Date() },
  });
}
