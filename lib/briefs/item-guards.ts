// Checks shared by the quote and event functions; each runs inside the caller's
// transaction, after editBrief has locked the brief's row.
import type { SourceKind, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const refused = (field: string, message: string) =>
  new AppError("invalid", "Please correct the highlighted fields.", { [field]: [message] });

/** Quotes and events cite only documents the brief itself cites (BriefDocument). */
export async function assertDocumentsCited(tx: Tx, briefId: string, documentIds: string[], field: string): Promise<void> {
  const cited = await tx.briefDocument.findMany({
    where: { briefId, documentId: { in: documentIds } },
    select: { documentId: true },
  });
  if (cited.length !== new Set(documentIds).size) {
    throw refused(field, "Choose a document this brief cites, or add the document to the brief first.");
  }
}

/**
 * A speaker or a reporter is a registry entry that exists and is not retired, of one
 * of `kinds` when given. A retired source already attached to the item may stay.
 */
export async function assertUsableSource(
  tx: Tx,
  input: { sourceId: string | null; keptFrom?: string | null; kinds?: readonly SourceKind[]; field: string },
): Promise<void> {
  if (!input.sourceId || input.sourceId === input.keptFrom) return;
  const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { kind: true, retiredAt: true } });
  if (!source || source.retiredAt) throw refused(input.field, "This source is not in the registry any more: choose another.");
  if (input.kinds && !input.kinds.includes(source.kind)) {
    throw refused(input.field, `Choose a source of kind ${input.kinds.join(", ")}.`);
  }
}

/** DESIGN rule 5 for one item: an edit based on an older state of it overwrites nothing. */
export function assertNotStale(item: { ref: string; updatedAt: Date }, baseUpdatedAt: string | null | undefined, what: string): void {
  if (!baseUpdatedAt || new Date(baseUpdatedAt).getTime() === item.updatedAt.getTime()) return;
  throw new AppError(
    "conflict",
    `Someone changed ${what} ${item.ref} after you opened it, so nothing was saved. Your text is still in the form: keep a copy, reload to see their change, then edit again.`,
  );
}
