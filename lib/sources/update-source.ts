// An admin edits a source, retired or not. The slug stays as it was made, so links
// to the source keep working after a rename. An edit made on a form loaded before
// someone else's change is refused; saving unchanged values writes nothing.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { assertNotStale, changedFields, lockSource } from "./guards";
import { updateSourceSchema } from "./schemas";
import { SOURCE_SUMMARY, type SourceSummary } from "./source-summary";

export { updateSourceSchema } from "./schemas";
export type UpdateSourceInput = UseCaseInput<typeof updateSourceSchema>;
export type UpdateSourceResult = { source: SourceSummary; changed: string[] };

/** `changed` lists the fields that were saved with a new value (none: nothing written). */
export async function updateSource(actor: Actor | null, input: UpdateSourceInput, tx?: Tx): Promise<UpdateSourceResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "sources.manage");
    const { sourceId, baseUpdatedAt, ...fields } = parseInput(updateSourceSchema, input);
    const stored = await lockSource(tx, sourceId);
    assertNotStale(stored, baseUpdatedAt);
    const changed = changedFields(stored, fields);
    if (changed.length === 0) {
      return { source: await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: SOURCE_SUMMARY }), changed };
    }
    const source = await tx.source.update({ where: { id: sourceId }, data: fields, select: SOURCE_SUMMARY });
    await recordAudit(tx, {
      actorId: me.id,
      action: "source.update",
      entityType: "source",
      entityId: source.id,
      data: { changed, ...(changed.includes("reliability") && { reliability: { from: stored.reliability, to: source.reliability } }) },
    });
    return { source, changed };
  });
}
