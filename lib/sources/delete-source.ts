// An admin deletes a source that nothing cites (a mistaken entry, a rejected
// proposal). A cited source is never deleted, only retired: briefs must keep their
// sources. The row lock in lockSource keeps a new citation from slipping in between
// the count and the delete.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { lockSource } from "./guards";
import { sourceTargetSchema } from "./schemas";
import { citedTotal, type Citations } from "./source-summary";

export { sourceTargetSchema } from "./schemas";
export type DeleteSourceInput = UseCaseInput<typeof sourceTargetSchema>;
export type DeleteSourceResult = { id: string; name: string };

export async function deleteSource(actor: Actor | null, input: DeleteSourceInput, tx?: Tx): Promise<DeleteSourceResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "sources.manage");
    const { sourceId } = parseInput(sourceTargetSchema, input);
    const stored = await lockSource(tx, sourceId);
    if (citedTotal(stored.citations) > 0) {
      throw new AppError(
        "conflict",
        `${stored.name} is cited by ${describe(stored.citations)}, so it cannot be deleted. Retire it instead: it then leaves the list and the pickers, and what cites it keeps its source.`,
        {},
        undefined,
        { citations: stored.citations },
      );
    }
    await tx.source.delete({ where: { id: sourceId } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "source.delete",
      entityType: "source",
      entityId: sourceId,
      fromState: stored.retiredAt ? "retired" : stored.confirmed ? "confirmed" : "unconfirmed",
      data: { name: stored.name, slug: stored.slug, kind: stored.kind },
    });
    return { id: sourceId, name: stored.name };
  });
}

function describe({ documents, quotes, events }: Citations): string {
  const parts = [
    [documents, "document"],
    [quotes, "quote"],
    [events, "event"],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${noun}${count === 1 ? "" : "s"}`)
    .join(", ");
}
