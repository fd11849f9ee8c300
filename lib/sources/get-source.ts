// One source with everything the desk knows about it, and where it is cited.
import { inTransaction } from "@/lib/db/transaction";
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { sourceGone } from "./guards";
import { sourceTargetSchema } from "./schemas";
import { CITATION_COUNT, citationsOf, citedTotal, SOURCE_SUMMARY, type Citations, type SourceSummary } from "./source-summary";

export { sourceTargetSchema } from "./schemas";
export type GetSourceInput = UseCaseInput<typeof sourceTargetSchema>;
export type GetSourceResult = SourceDetail;

export type SourceDetail = SourceSummary & { citations: Citations; citedCount: number };

export async function getSource(actor: Actor | null, input: GetSourceInput, tx?: Tx): Promise<GetSourceResult> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { sourceId } = parseInput(sourceTargetSchema, input);
    const row = await tx.source.findUnique({ where: { id: sourceId }, select: { ...SOURCE_SUMMARY, ...CITATION_COUNT } });
    if (!row) throw sourceGone();
    const { _count, ...source } = row;
    const citations = citationsOf({ _count });
    return { ...source, citations, citedCount: citedTotal(citations) };
  });
}
