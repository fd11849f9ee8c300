// A brief stops citing a document. Refused while anything in the brief still cites
// it — a quote taken from it, an event it supports, or its [@dN] marker in the body —
// since those would be left pointing at nothing (DESIGN rule 2). Detaching is an edit
// of the brief, through editBrief; detaching a document that is not attached changes nothing.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { findCitationMarkers } from "@/lib/briefs/citations";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { briefDocumentSchema } from "./schemas";

export { briefDocumentSchema } from "./schemas";
export type DetachDocumentInput = UseCaseInput<typeof briefDocumentSchema>;
export type DetachDocumentResult = { ref: string | null; detached: boolean };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What in the brief cites the document, as words for the refusal; empty when nothing does. */
async function citationsInBrief(tx: Tx, briefId: string, documentId: string, ref: string): Promise<string[]> {
  const quotes = await tx.quote.findMany({ where: { briefId, documentId }, select: { ref: true }, orderBy: { position: "asc" } });
  const events = await tx.event.findMany({
    where: { briefId, citations: { some: { documentId } } },
    select: { ref: true },
    orderBy: { position: "asc" },
  });
  const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { body: true } });
  const uses: string[] = [];
  if (quotes.length) uses.push(`${plural(quotes.length, "quote", "quotes")} (${quotes.map((q) => q.ref).join(", ")})`);
  if (events.length) uses.push(`${plural(events.length, "event", "events")} (${events.map((e) => e.ref).join(", ")})`);
  if (findCitationMarkers(brief.body).some((marker) => marker.ref === ref)) uses.push(`the body's [@${ref}] marker`);
  return uses;
}

export async function detachDocument(actor: Actor | null, input: DetachDocumentInput, tx?: Tx): Promise<DetachDocumentResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { briefId, documentId } = parseInput(briefDocumentSchema, input);
    const attached = await tx.briefDocument.findUnique({ where: { briefId_documentId: { briefId, documentId } }, select: { ref: true } });
    if (!attached) return { ref: null, detached: false };

    // Checked inside editBrief, which holds the brief's row: no quote, event or body
    // edit of this brief can slip in between the check and the removal.
    await editBrief(tx, { briefId, actorId: me.id }, async () => {
      const uses = await citationsInBrief(tx, briefId, documentId, attached.ref);
      if (uses.length) {
        throw new AppError("conflict", `This document is still cited by ${uses.join(", ")}. Remove those citations first, then detach it.`);
      }
      const { count } = await tx.briefDocument.deleteMany({ where: { briefId, documentId } });
      if (count === 0) throw new AppError("conflict", "Someone detached this document from the brief a moment ago.");
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: "document.detach",
      entityType: "brief",
      entityId: briefId,
      data: { documentId, ref: attached.ref },
    });
    return { ref: attached.ref, detached: true };
  });
}
