// Every save of a brief freezes it as an immutable revision. Autosaves by the same
// author within a few minutes are folded into their last revision, as long as no
// review or publication points at it yet, so the history shows edits, not keystrokes.
import type { Tx } from "@/lib/db/client";
import { buildSnapshot } from "./snapshot";

export const COALESCE_MINUTES = 5;

export async function recordRevision(
  tx: Tx,
  input: { briefId: string; authorId: string; briefVersion: number; coalesce?: boolean; now?: Date },
) {
  const now = input.now ?? new Date();
  const { snapshot, contentHash } = await buildSnapshot(tx, input.briefId);
  const last = await tx.revision.findFirst({
    where: { briefId: input.briefId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, authorId: true, savedAt: true, _count: { select: { reviews: true, publications: true } } },
  });
  const select = { id: true, number: true, contentHash: true, briefVersion: true } as const;
  const foldable =
    input.coalesce &&
    last &&
    last.authorId === input.authorId &&
    last._count.reviews === 0 &&
    last._count.publications === 0 &&
    now.getTime() - last.savedAt.getTime() < COALESCE_MINUTES * 60_000;
  if (foldable) {
    return tx.revision.update({
      where: { id: last.id },
      data: { snapshot, contentHash, briefVersion: input.briefVersion, savedAt: now },
      select,
    });
  }
  return tx.revision.create({
    data: {
      briefId: input.briefId,
      authorId: input.authorId,
      number: (last?.number ?? 0) + 1,
      briefVersion: input.briefVersion,
      snapshot,
      contentHash,
      createdAt: now,
      savedAt: now,
    },
    select,
  });
}
