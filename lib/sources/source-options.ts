// Sources to choose from in a picker (a document's publisher, a quote's speaker
// source), sorted by name. Retired sources are left out, except those in
// `includeIds`: a picker passes its current value so that it can still show it.
// Unconfirmed proposals are listed, with `confirmed: false` for the picker to label.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation";
import { sourceOptionsSchema } from "./schemas";
import { byName, type SourceKind, type SourceOption } from "./source-summary";

export type { SourceOption };
export type ListSourceOptionsInput = { kinds?: readonly SourceKind[]; includeIds?: readonly string[] };

export async function listSourceOptions(actor: Actor | null, input: ListSourceOptionsInput = {}): Promise<SourceOption[]> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { kinds, includeIds } = parseInput(sourceOptionsSchema, input);
    const rows = await tx.source.findMany({
      where: {
        ...(kinds && { kind: { in: kinds } }),
        OR: [{ retiredAt: null }, { id: { in: includeIds } }],
      },
      select: { id: true, name: true, kind: true, confirmed: true, retiredAt: true },
    });
    return rows.map(({ retiredAt, ...option }) => ({ ...option, retired: retiredAt !== null })).sort(byName);
  });
}
