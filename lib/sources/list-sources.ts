// The registry as the desk searches it: every source, confirmed or proposed, by name;
// retired ones only when asked for. Each entry says how often the source is cited.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db, type Prisma } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { listSourcesSchema } from "./schemas";
import { byName, CITATION_COUNT, citationsOf, citedTotal, SOURCE_SUMMARY, type SourceKind, type SourceSummary } from "./source-summary";

export type ListSourcesInput = { q?: string | null; kind?: SourceKind | string | null; includeRetired?: boolean };
export type SourceListEntry = SourceSummary & { citedCount: number };

export async function listSources(actor: Actor | null, input: ListSourcesInput = {}): Promise<SourceListEntry[]> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { q, kind, includeRetired } = parseInput(listSourcesSchema, input);
    const where: Prisma.SourceWhereInput = {
      ...(q && { name: { contains: q, mode: "insensitive" } }),
      ...(kind && { kind }),
      ...(!includeRetired && { retiredAt: null }),
    };
    const rows = await tx.source.findMany({
      where,
      select: { ...SOURCE_SUMMARY, ...CITATION_COUNT },
    });
    return rows.map(({ _count, ...source }) => ({ ...source, citedCount: citedTotal(citationsOf({ _count })) })).sort(byName);
  });
}
