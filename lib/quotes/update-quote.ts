// An editor changes a quote. Every save checks the words against the document again
// (verbatim, altered or not found). A reviewer's hand check is kept while the words
// (typography aside) and the document stay: it was given for those words in that
// document, and an edit of the speaker or the date does not undo it.
import { inTransaction } from "@/lib/db/transaction";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import type { Tx } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { assertDocumentsCited, assertNotStale, assertUsableSource } from "@/lib/briefs/item-guards";
import { findBriefQuote, readQuoteItem, saidOnDay, verifyAgainstDocument, type QuoteItem } from "./quote-item";
import { SPEAKER_KINDS, updateQuoteSchema } from "./schemas";
import { normaliseForMatching } from "./verify-quote";

export { updateQuoteSchema } from "./schemas";
export type UpdateQuoteInput = UseCaseInput<typeof updateQuoteSchema>;
export type UpdateQuoteResult = { quote: QuoteItem; version: number };

export async function updateQuote(actor: Actor | null, input: UpdateQuoteInput, tx?: Tx): Promise<UpdateQuoteResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const data = parseInput(updateQuoteSchema, input);
    const { result, version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id }, async () => {
      const quote = await findBriefQuote(tx, data.briefId, data.quoteId);
      assertNotStale(quote, data.baseUpdatedAt, "quote");
      await assertDocumentsCited(tx, data.briefId, [data.documentId], "documentId");
      await assertUsableSource(tx, {
        sourceId: data.speakerSourceId,
        keptFrom: quote.speakerSourceId,
        kinds: SPEAKER_KINDS,
        field: "speakerSourceId",
      });

      const sameWords = normaliseForMatching(quote.text) === normaliseForMatching(data.text) && quote.documentId === data.documentId;
      const keepVerdict = sameWords && quote.verification === "checked_by_hand";
      await tx.quote.update({
        where: { id: quote.id },
        data: {
          text: data.text,
          speakerName: data.speakerName,
          speakerTitle: data.speakerTitle,
          speakerSourceId: data.speakerSourceId,
          documentId: data.documentId,
          saidOn: saidOnDay(data.saidOn, data.saidOnPrecision),
          saidOnPrecision: data.saidOnPrecision,
          context: data.context,
          // A new verdict replaces the old one with its checker and note.
          ...(!keepVerdict && {
            verification: await verifyAgainstDocument(tx, data.text, data.documentId),
            verificationNote: "",
            checkedById: null,
            checkedAt: null,
          }),
        },
        select: { id: true },
      });
      return readQuoteItem(tx, data.briefId, quote.id);
    });
    return { quote: result, version };
  });
}
