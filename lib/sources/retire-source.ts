// An admin retires a source: it leaves the default list and the pickers, and what
// already cites it keeps citing it. This is how a cited source leaves the registry.
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
export type RetireSourceInput = UseCaseInput<typeof sourceTargetSchema>;
export type RetireSourceResult = SourceSummary;

export async function retireSource(actor: Actor | null, input: RetireSourceInput, tx?: Tx): Promise<RetireSourceResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "sources.manage");
    const { sourceId } = parseInput(sourceTargetSchema, input);
    const stored = await lockSource(tx, sourceId);
    if (stored.retiredAt) throw new AppError("conflict", `${stored.name} is already retired.`);
    const source = await tx.source.update({ where: { id: sourceId }, data: { retiredAt: new Date() }, select: SOURCE_SUMMARY });
    await recordAudit(tx, {
      actorId: me.id,
      action: "source.retire",
      entityType: "source",
      entityId: source.id,
      fromState: "active",
      toState: "retired",
    });
    return source;
  });
}
