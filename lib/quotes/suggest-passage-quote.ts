// The editor selected a passage of a document in the brief editor's panel and chose
// "Quote this": the exact characters there (white space at the edges left out) and
// the speaker the extractor proposes for them. Nothing is stored yet.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { loadDocumentCandidates } from "@/lib/extraction/document-candidates";
import { proposeSpeaker, type ProposedSpeaker } from "@/lib/extraction/propose-speaker";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { trimPassage, type Passage } from "./passage-of";
import { passageSchema } from "./schemas";

export type PassageSuggestion = Passage & { speaker: ProposedSpeaker | null };

export type SuggestPassageQuoteInput = UseCaseInput<typeof passageSchema>;

export async function suggestPassageQuote(actor: Actor | null, input: SuggestPassageQuoteInput, tx?: Tx): Promise<PassageSuggestion> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { briefId, documentId, start, end } = parseInput(passageSchema, input);
    const candidates = await loadDocumentCandidates(tx, briefId, documentId);
    const passage = trimPassage(candidates.document.capturedText, start, end);
    if (!passage) throw new AppError("invalid", "Please correct the highlighted fields.", { text: ["Select the words to quote."] });
    // a long document still being read has no candidates yet: no proposal, the editor names the speaker
    const quotes = candidates.quotes.filter((q) => q.kind === "quote");
    return { ...passage, speaker: proposeSpeaker(quotes, passage) };
  });
}
