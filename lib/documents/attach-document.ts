// A brief starts citing a document: it gets the brief's next document ref (d1, d2, …),
// the key its body uses as [@d1]. Attaching is an edit of the brief, so it goes
// through editBrief: the version goes up, an approved brief returns to draft, and a
// revision is recorded. Attaching a document that is already attached changes nothing.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { editBrief } from "@/lib/briefs/edit-brief";
import { nextRef } from "@/lib/briefs/refs";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { briefDocumentSchema } from "./schemas";

export { briefDocumentSchema } from "./schemas";
export type AttachDocumentInput = UseCaseInput<typeof briefDocumentSchema>;
/** The document's ref in the brief. */
export type AttachDocumentResult = string;

async function attach(tx: Tx, input: { briefId: string; documentId: string; actorId: string }): Promise<string> {
  const { briefId, documentId, actorId } = input;
  // Attaches to one brief take turns, so two of them never pick the same ref.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Brief" WHERE id = ${briefId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("not_found", "This brief no longer exists.");
  if (!(await tx.document.findUnique({ where: { id: documentId }, select: { id: true } }))) {
    throw new AppError("not_found", "This document no longer exists.");
  }
  const existing = await tx.briefDocument.findUnique({ where: { briefId_documentId: { briefId, documentId } }, select: { ref: true } });
  if (existing) return existing.ref;

  const { result: ref } = await editBrief(tx, { briefId, actorId }, async () => {
    const taken = await tx.briefDocument.findMany({ where: { briefId }, select: { ref: true } });
    const { body } = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { body: true } });
    const ref = nextRef(
      "d",
      taken.map((row) => row.ref),
      body,
    );
    await tx.briefDocument.create({ data: { briefId, documentId, ref } });
    return ref;
  });
  await recordAudit(tx, { actorId, action: "document.attach", entityType: "brief", entityId: briefId, data: { documentId, ref } });
  return ref;
}

/** The document's ref in the brief: the one it already had, or the next one. */
export async function attachDocument(actor: Actor | null, input: AttachDocumentInput, tx?: Tx): Promise<AttachDocumentResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(briefDocumentSchema, input);
    return attach(tx, { ...data, actorId: me.id });
  });
}
