// An editor withdraws a brief readers can see, with a public reason: the brief's page
// keeps its URL and shows the reason instead of disappearing, and it leaves the lists.
// It may happen whatever the next version is doing (drafted, in review, approved): the
// next version is abandoned — its open reviews are voided, and a publication scheduled
// for later is cancelled. A withdrawn brief can no longer be edited or published.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { bumpCacheGeneration } from "@/lib/db/cache-generation.mjs";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { voidOpenReviews } from "@/lib/review/void-open-reviews";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { enqueueBriefEvent } from "@/lib/webhooks/enqueue";
import { dropScheduledPublications } from "./cancel-schedule";
import { withdrawBriefSchema } from "./schemas";

export { withdrawBriefSchema } from "./schemas";
export type WithdrawBriefInput = UseCaseInput<typeof withdrawBriefSchema>;
export type WithdrawBriefResult = { briefId: string; withdrawnAt: Date };

export async function withdrawBrief(actor: Actor | null, input: WithdrawBriefInput, tx?: Tx): Promise<WithdrawBriefResult> {
  const result = await inTransaction(tx, (tx) => withdrawIn(tx, actor, input));
  bumpCacheGeneration(); // as in publishBrief
  return result;
}

async function withdrawIn(tx: Tx, actor: Actor | null, input: WithdrawBriefInput): Promise<WithdrawBriefResult> {
  const me = await authorize(tx, actor, "desk.use");
  const { briefId, reason } = parseInput(withdrawBriefSchema, input);
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("not_found", "This brief no longer exists.");
  const { state } = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { state: true } });
  if (state === "withdrawn") throw new AppError("conflict", "This brief was already withdrawn.");

  const withdrawnAt = new Date();
  const publications = await tx.publication.findMany({
    where: { briefId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true },
  });
  const visible = publications.filter((p) => p.publishedAt <= withdrawnAt);
  const scheduled = publications.filter((p) => p.publishedAt > withdrawnAt);
  if (visible.length === 0) {
    throw new AppError(
      "conflict",
      scheduled.length > 0
        ? "Readers cannot see this brief yet: cancel its scheduled publication instead of withdrawing it."
        : "Only a brief readers can see can be withdrawn.",
    );
  }

  if (scheduled.length > 0) {
    await dropScheduledPublications(
      tx,
      briefId,
      scheduled.map((p) => p.id),
      visible[0]!.id,
    );
  }
  const voided = await voidOpenReviews(tx, briefId);
  await tx.brief.update({ where: { id: briefId }, data: { state: "withdrawn", withdrawnAt, withdrawnReason: reason } });
  await recordAudit(tx, {
    actorId: me.id,
    action: "brief.withdraw",
    entityType: "brief",
    entityId: briefId,
    fromState: state,
    toState: "withdrawn",
    data: { reason, version: visible[0]!.version, voidedReviews: voided, cancelledSchedules: scheduled.map((p) => p.version) },
  });
  await enqueueBriefEvent(tx, { event: "brief.withdrawn", briefId, at: withdrawnAt });
  return { briefId, withdrawnAt };
}
