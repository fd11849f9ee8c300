// Every save of a brief freezes it as the next immutable revision.
import type { Tx } from "@/lib/db/client";
import { buildSnapshot } from "./snapshot";

export async function recordRevision(tx: Tx, input: { briefId: string; authorId: string }) {
  const { snapshot, contentHash } = await buildSnapshot(tx, input.briefId);
  const last = await tx.revision.findFirst({
    where: { briefId: input.briefId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return tx.revision.create({
    data: { briefId: input.briefId, authorId: input.authorId, number: (last?.number ?? 0) + 1, snapshot, contentHash },
    select: { id: true, number: true, contentHash: true },
  });
}
