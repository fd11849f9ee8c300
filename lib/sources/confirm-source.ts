// An admin confirms a source an editor proposed, optionally correcting and rating it
// in the same step: the whole record then goes through the same rules as an edit.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { assertNotStale, changedFields, lockSource } from "./guards";
import { confirmSourceSchema, sourceFieldsSchema } from "./schemas";
import { SOURCE_SUMMARY, type SourceSummary } from "./source-summary";

export { confirmSourceSchema } from "./schemas";
export type ConfirmSourceInput = UseCaseInput<typeof confirmSourceSchema>;
export type ConfirmSourceResult = { source: SourceSummary; changed: string[] };

export async function confirmSource(actor: Actor | null, input: ConfirmSourceInput, tx?: Tx): Promise<ConfirmSourceResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "sources.manage");
    const { sourceId, baseUpdatedAt, fields: sent } = parseInput(confirmSourceSchema, input);
    const fields = sent === undefined ? undefined : parseInput(sourceFieldsSchema, sent);
    const stored = await lockSource(tx, sourceId);
    if (stored.confirmed) throw new AppError("conflict", `${stored.name} is already confirmed.`);
    assertNotStale(stored, baseUpdatedAt);
    const changed = fields ? changedFields(stored, fields) : [];
    const source = await tx.source.update({
      where: { id: sourceId },
      data: { ...fields, confirmed: true },
      select: SOURCE_SUMMARY,
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "source.confirm",
      entityType: "source",
      entityId: source.id,
      fromState: "unconfirmed",
      toState: "confirmed",
      data: { changed, reliability: source.reliability },
    });
    return { source, changed };
  });
}
