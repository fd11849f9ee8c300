// The documents a brief cites (BriefDocument), in the order of their refs: what a
// quote or an event may cite.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type CitedDocument = { id: string; ref: string; title: string };

export async function readCitedDocuments(tx: Tx, briefId: string): Promise<CitedDocument[]> {
  const rows = await tx.briefDocument.findMany({
    where: { briefId },
    select: { ref: true, document: { select: { id: true, title: true } } },
  });
  return rows
    .map((row) => ({ id: row.document.id, ref: row.ref, title: row.document.title }))
    .sort((a, b) => a.ref.localeCompare(b.ref, "en", { numeric: true }));
}

/** The brief's body, or not_found: the brief is named by the client, so it may be gone. */
export async function readBriefBody(tx: Tx, briefId: string): Promise<string> {
  const brief = await tx.brief.findUnique({ where: { id: briefId }, select: { body: true } });
  if (!brief) throw new AppError("not_found", "This brief no longer exists.");
  return brief.body;
}
