// An editor adds a quote to a brief. It takes the next free ref (q<n>) and the last
// position, and is checked at once against its document's captured text: the
// status (verbatim, altered or not found) is stored with it.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { assertDocumentsCited, assertUsableSource } from "@/lib/briefs/item-guards";
import { nextRef } from "@/lib/briefs/refs";
import { readQuoteItem, saidOnDay, verifyAgainstDocument, type QuoteItem } from "./quote-item";
import { addQuoteSchema, SPEAKER_KINDS } from "./schemas";

export { addQuoteSchema } from "./schemas";
export type AddQuoteInput = UseCaseInput<typeof addQuoteSchema>;
export type AddQuoteResult = { quote: QuoteItem; version: number };

export async function addQuote(actor: Actor | null, input: AddQuoteInput, tx?: Tx): Promise<AddQuoteResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(addQuoteSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      await assertDocumentsCited(tx, data.briefId, [data.documentId], "documentId");
      await assertUsableSource(tx, { sourceId: data.speakerSourceId, kinds: SPEAKER_KINDS, field: "speakerSourceId" });
      // The brief's row is locked by editBrief: two adds at once get different refs.
      const { body } = await tx.brief.findUniqueOrThrow({ where: { id: data.briefId }, select: { body: true } });
      const existing = await tx.quote.findMany({ where: { briefId: data.briefId }, select: { ref: true, position: true } });
      const { id } = await tx.quote.create({
        data: {
          briefId: data.briefId,
          ref: nextRef(
            "q",
            existing.map((q) => q.ref),
            body,
          ),
          position: Math.max(-1, ...existing.map((q) => q.position)) + 1,
          text: data.text,
          speakerName: data.speakerName,
          speakerTitle: data.speakerTitle,
          speakerSourceId: data.speakerSourceId,
          documentId: data.documentId,
          saidOn: saidOnDay(data.saidOn, data.saidOnPrecision),
          saidOnPrecision: data.saidOnPrecision,
          context: data.context,
          verification: await verifyAgainstDocument(tx, data.text, data.documentId),
        },
        select: { id: true },
      });
      return readQuoteItem(tx, data.briefId, id);
    });
    return { quote: result, version };
  });
}
