// An admin brings a retired source back into the list and the pickers.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { lockSource } from "./guards";
import { sourceTargetSchema } from "./schemas";
import { SOURCE_SUMMARY, type SourceSummary } from "./source-summary";

export { sourceTargetSchema } from "./schemas";
export type RestoreSourceInput = UseCaseInput<typeof sourceTargetSchema>;
export type RestoreSourceResult = SourceSummary;

export async function restoreSource(actor: Actor | null, input: RestoreSourceInput, tx?: Tx): Promise<RestoreSourceResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "sources.manage");
    const { sourceId } = parseInput(sourceTargetSchema, input);
    const stored = await lockSource(tx, sourceId);
    if (!stored.retiredAt) throw new AppError("conflict", `${stored.name} is not retired.`);
    const source = await tx.source.update({ where: { id: sourceId }, data: { retiredAt: null }, select: SOURCE_SUMMARY });
    await recordAudit(tx, {
      actorId: me.id,
      action: "source.restore",
      entityType: "source",
      entityId: source.id,
      fromState: "retired",
      toState: "active",
    });
    return source;
  });
}
