// A quote made from a passage the editor selected in a document the brief cites:
// verbatim by construction. The words are the stored captured text between the
// offsets given, and must be exactly the words the editor saw there: if the text
// or the selection moved, nothing is made. The quote itself is added by addQuote
// (its ref, the version bump, back to draft, a revision), in the same transaction.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { addQuote } from "./add-quote";
import { citedDocumentText, trimPassage } from "./passage-of";
import type { QuoteItem } from "./quote-item";
import { quotePassageSchema } from "./schemas";

const moved = () =>
  new AppError("invalid", "Please correct the highlighted fields.", {
    text: ["These words are not at that place in the document's text: select the passage again."],
  });

export type QuotePassageInput = UseCaseInput<typeof quotePassageSchema>;
export type QuotePassageResult = { quote: QuoteItem; version: number };

export async function quotePassage(actor: Actor | null, input: QuotePassageInput, tx?: Tx): Promise<QuotePassageResult> {
  return inTransaction(tx, async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { start, end, text, ...quote } = parseInput(quotePassageSchema, input);
    const captured = await citedDocumentText(tx, quote.briefId, quote.documentId);
    const passage = trimPassage(captured, start, end);
    if (!passage || passage.start !== start || passage.end !== end || passage.text !== text) throw moved();
    const added = await addQuote(me, { ...quote, text: passage.text, context: "" }, tx);
    if (added.quote.verification !== "verbatim") throw moved();
    await recordAudit(tx, {
      actorId: me.id,
      action: "quote.add_from_passage",
      entityType: "brief",
      entityId: quote.briefId,
      data: { quoteId: added.quote.id, ref: added.quote.ref, documentId: quote.documentId, start, end },
    });
    return added;
  });
}
