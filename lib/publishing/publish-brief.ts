// An editor publishes an approved brief: readers get exactly the revision the
// reviewer approved (DESIGN rule 4), as a new immutable publication.
// - The brief row is locked first, so a double-clicked publish, or a publish racing an
//   edit, has one outcome: one publication, or a clear refusal.
// - One approval makes at most one publication; a later version needs a new review.
// - Re-publishing (version 2, 3, …) needs a public correction, unless the editor says
//   the change is cosmetic, which is recorded in the audit log only.
// - A scheduled publication is the same row with a later `publishedAt`: reader queries
//   only see publications whose time has come, so it appears on time with no job
//   runner, whether or not anyone uses the desk and across restarts.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { bumpCacheGeneration } from "@/lib/db/cache-generation.mjs";
import type { BriefState, Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { isSelfApproved } from "@/lib/review/four-eyes";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { formatMoment } from "@/lib/text/format-moment";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { enqueueBriefEvent } from "@/lib/webhooks/enqueue";
import { publishBriefSchema, type CorrectionInput } from "./schemas";
import { verdictChanges, verdictChangeText, type VerdictChange } from "./verdict-changes";
import { readSnapshot } from "@/lib/revisions/read-snapshot";

export { publishBriefSchema } from "./schemas";
export type PublishResult = { publicationId: string; version: number; publishedAt: Date };

export type PublishBriefInput = UseCaseInput<typeof publishBriefSchema>;

export async function publishBrief(actor: Actor | null, input: PublishBriefInput, tx?: Tx): Promise<PublishResult> {
  const result = await inTransaction(tx, (tx) => publishIn(tx, actor, input));
  // caches outside Next's (the API's stored brief JSON) in this process; the caller's
  // revalidatePath tells Next's and every other instance's
  bumpCacheGeneration();
  return result;
}

async function publishIn(tx: Tx, actor: Actor | null, input: PublishBriefInput): Promise<PublishResult> {
  const me = await authorize(tx, actor, "desk.use");
  const { briefId, correction, cosmetic = false, scheduledFor } = parseInput(publishBriefSchema, input);
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("not_found", "This brief no longer exists.");

  const { state } = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { state: true } });
  if (state !== "approved") throw notApproved(state);
  const review = await tx.review.findFirst({
    where: { briefId, decision: "approved" },
    orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      contentHash: true,
      revision: { select: { id: true, snapshot: true, contentHash: true } },
      _count: { select: { publications: true } },
    },
  });
  if (!review) throw new AppError("conflict", "This brief has no approval to publish; submit it for review.");
  if (review._count.publications > 0) {
    throw new AppError(
      "conflict",
      "This approval was already published. Edit the brief and have it reviewed again to publish a new version.",
    );
  }
  const current = await buildSnapshot(tx, briefId);
  if (review.revision.contentHash !== review.contentHash || current.contentHash !== review.contentHash) {
    throw new AppError("conflict", "The brief changed after it was approved; it needs a new review before it can be published.");
  }

  const previous = await tx.publication.findFirst({
    where: { briefId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, snapshot: true },
  });
  const now = new Date();
  if (previous && previous.publishedAt > now) {
    throw new AppError(
      "conflict",
      `Published version ${previous.version} is scheduled for ${formatMoment(previous.publishedAt)}: cancel that schedule before publishing another revision.`,
    );
  }
  const changes = previous ? verdictChanges(readSnapshot(previous.snapshot), readSnapshot(review.revision.snapshot)) : [];
  assertCorrectionFits({ republishing: previous !== null, correction, cosmetic, verdictChanges: changes });
  const version = (previous?.version ?? 0) + 1;
  const publishedAt = scheduledFor ?? now;
  const publication = await tx.publication.create({
    data: {
      briefId,
      revisionId: review.revision.id,
      reviewId: review.id,
      version,
      snapshot: review.revision.snapshot ?? {},
      contentHash: review.contentHash,
      selfApproved: await isSelfApproved(tx, review.id),
      publishedById: me.id,
      publishedAt,
    },
    select: { id: true },
  });
  await tx.brief.update({ where: { id: briefId }, data: { state: "published", currentPublicationId: publication.id } });
  await recordAudit(tx, {
    actorId: me.id,
    action: scheduledFor ? "brief.schedule" : "brief.publish",
    entityType: "brief",
    entityId: briefId,
    fromState: "approved",
    toState: "published",
    data: {
      publicationId: publication.id,
      reviewId: review.id,
      version,
      cosmetic: previous !== null && cosmetic,
      ...(scheduledFor && { scheduledFor: scheduledFor.toISOString() }),
    },
  });
  if (correction) {
    const created = await tx.correction.create({
      // dated when readers first see it
      data: {
        briefId,
        publicationId: publication.id,
        kind: correction.kind,
        createdById: me.id,
        createdAt: publishedAt,
        // The old and new verdicts are stated by the desk, not retyped by the editor.
        note: correction.kind === "verdict_change" ? `${verdictChangeText(changes)} ${correction.note}` : correction.note,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "brief.correct",
      entityType: "brief",
      entityId: briefId,
      data: { correctionId: created.id, publicationId: publication.id, kind: correction.kind },
    });
  }
  await enqueueBriefEvent(tx, {
    event: correction ? "brief.corrected" : "brief.published",
    briefId,
    publicationId: publication.id,
    at: publishedAt,
  });
  return { publicationId: publication.id, version, publishedAt };
}

function notApproved(state: BriefState): AppError {
  const why: Record<BriefState, string> = {
    draft: "This brief is a draft: it must be submitted and approved before it can be published.",
    in_review: "This brief is still in review: it can be published once it is approved.",
    approved: "",
    published: "This version is already published. Edit the brief and have it reviewed again to publish a new version.",
    withdrawn: "This brief was withdrawn; it cannot be published again.",
  };
  return new AppError("conflict", why[state]);
}

/**
 * A first publication has nothing to correct; a later one needs a correction or the
 * cosmetic flag; one that changes a verdict needs a correction of kind verdict_change.
 */
export function assertCorrectionFits(input: {
  republishing: boolean;
  correction?: CorrectionInput;
  cosmetic: boolean;
  verdictChanges?: VerdictChange[];
}): void {
  const refuse = (field: string, message: string) => new AppError("invalid", message, { [field]: [message] });
  if (!input.republishing) {
    if (input.correction) throw refuse("correction", "This is the brief's first publication: there is nothing to correct yet.");
    return;
  }
  const changed = input.verdictChanges ?? [];
  if (changed.length > 0 && input.correction?.kind !== "verdict_change") {
    const list = changed.map((c) => `${c.ref}: from ${c.from} to ${c.to}`).join("; ");
    throw refuse(
      "correction",
      `This version changes a published verdict (${list}): publish it with a correction of kind “verdict change” that says why.`,
    );
  }
  if (changed.length === 0 && input.correction?.kind === "verdict_change") {
    throw refuse("correction", "No published verdict changes in this version: choose a correction, update or clarification instead.");
  }
  if (input.correction && input.cosmetic) {
    throw refuse("cosmetic", "A cosmetic change needs no public correction: either write a correction or mark the change as cosmetic.");
  }
  if (!input.correction && !input.cosmetic) {
    throw refuse(
      "correction",
      "This brief was published before: tell readers what changed (a correction, update or clarification), or mark the change as cosmetic.",
    );
  }
}
