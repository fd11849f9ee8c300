// An editor cancels a scheduled publication before its time: readers never saw it, so
// the row goes (with its correction note) and the brief is back where it was — approved
// and ready to publish if nothing changed since, otherwise still being worked on.
// Once its time has come a publication is public and immutable: it can only be
// followed by a correction or withdrawn.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { bumpCacheGeneration } from "@/lib/db/cache-generation.mjs";
import type { BriefState, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildSnapshot } from "@/lib/revisions/snapshot";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { cancelScheduleSchema } from "./schemas";

export { cancelScheduleSchema } from "./schemas";
export type CancelScheduleInput = UseCaseInput<typeof cancelScheduleSchema>;
export type CancelScheduleResult = { briefId: string; state: BriefState };

/**
 * Removes publications readers never saw (with their correction notes; their webhook
 * deliveries cascade) and points the brief at `current`, the latest one left.
 */
export async function dropScheduledPublications(tx: Tx, briefId: string, ids: string[], current: string | null): Promise<void> {
  await tx.brief.update({ where: { id: briefId }, data: { currentPublicationId: current } });
  await tx.correction.deleteMany({ where: { publicationId: { in: ids } } });
  await tx.publication.deleteMany({ where: { id: { in: ids } } });
}

export async function cancelSchedule(actor: Actor | null, input: CancelScheduleInput, tx?: Tx): Promise<CancelScheduleResult> {
  const result = await cancelIn(actor, input, tx);
  bumpCacheGeneration(); // as in publishBrief
  return result;
}

function cancelIn(actor: Actor | null, input: CancelScheduleInput, tx?: Tx): Promise<CancelScheduleResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { briefId } = parseInput(cancelScheduleSchema, input);
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found", "This brief no longer exists.");

    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { state: true } });
    const [scheduled, previous] = await tx.publication.findMany({
      where: { briefId },
      orderBy: { version: "desc" },
      take: 2,
      select: { id: true, version: true, publishedAt: true, contentHash: true },
    });
    if (!scheduled || scheduled.publishedAt <= new Date()) {
      throw new AppError(
        "conflict",
        "Nothing is scheduled for this brief: a publication that readers can already see cannot be cancelled.",
      );
    }

    const state = await stateAfterCancel(brief.state, scheduled.contentHash, previous !== undefined, () => buildSnapshot(tx, briefId));
    await tx.brief.update({ where: { id: briefId }, data: { state } });
    await dropScheduledPublications(tx, briefId, [scheduled.id], previous?.id ?? null);
    await recordAudit(tx, {
      actorId: me.id,
      action: "brief.unschedule",
      entityType: "brief",
      entityId: briefId,
      fromState: brief.state,
      toState: state,
      data: { version: scheduled.version, scheduledFor: scheduled.publishedAt.toISOString() },
    });
    return { briefId, state };
  });
}

/**
 * "published" only meant "scheduled" if the working copy is still what was scheduled:
 * then the approval stands again. A next version in progress keeps its own state.
 */
async function stateAfterCancel(
  state: BriefState,
  scheduledHash: string,
  hasEarlierPublication: boolean,
  current: () => Promise<{ contentHash: string }>,
): Promise<BriefState> {
  if (state !== "published") return state;
  if ((await current()).contentHash === scheduledHash) return "approved";
  return hasEarlierPublication ? "published" : "draft";
}
