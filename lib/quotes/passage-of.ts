// A passage as the editor selected it, made exact: the offsets of the selected
// characters with any white space at either edge left out, read from the stored text.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type Passage = { start: number; end: number; text: string };

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;

/** The passage [start, end) of `text` without white space at its edges, or null when nothing is left. */
export function trimPassage(text: string, start: number, end: number): Passage | null {
  let [from, to] = [Math.max(0, start), Math.min(text.length, end)];
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  // never half a character: a selection edge inside a surrogate pair takes the whole pair
  if (from > 0 && LOW_SURROGATE.test(text.charAt(from)) && HIGH_SURROGATE.test(text.charAt(from - 1))) from--;
  if (to < text.length && LOW_SURROGATE.test(text.charAt(to)) && HIGH_SURROGATE.test(text.charAt(to - 1))) to++;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/** The captured text of a document the brief cites, read in `tx`; not found when the brief does not cite it. */
export async function citedDocumentText(tx: Tx, briefId: string, documentId: string): Promise<string> {
  const cited = await tx.briefDocument.findUnique({
    where: { briefId_documentId: { briefId, documentId } },
    select: { document: { select: { capturedText: true } } },
  });
  if (!cited) throw new AppError("not_found", "This brief does not cite this document (any more): attach it first.");
  return cited.document.capturedText;
}
