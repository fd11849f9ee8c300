// Everything the quote panel of the brief editor shows, in one call for the page:
// the props of components/quotes/quote-panel.tsx except its actions.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { readCitedDocuments, type CitedDocument } from "@/lib/briefs/cited-documents";
import { readBriefQuotes } from "./list-brief-quotes";
import { readQuoteChecks, type QuoteCheck } from "./explain-verification";
import type { QuoteItem } from "./quote-item";
import { SPEAKER_KINDS } from "./schemas";
import { listSourceOptions, type SourceOption } from "@/lib/sources/source-options";

/** A quote as the panel shows it: with the passage it matches in its document and, when altered, the word diff. */
export type QuotePanelQuote = QuoteItem & { check?: QuoteCheck };

export type QuotePanelData = {
  briefId: string;
  quotes: (QuotePanelQuote & { check: QuoteCheck })[];
  documents: CitedDocument[];
  sourceOptions: SourceOption[];
};

export async function loadQuotePanel(actor: Actor | null, briefId: string): Promise<QuotePanelData> {
  const { quotes, documents } = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const items = await readBriefQuotes(tx, briefId);
    const checks = await readQuoteChecks(
      tx,
      items.map((q) => ({ key: q.id, text: q.text, documentId: q.document.id })),
    );
    return { quotes: items.map((q) => ({ ...q, check: checks.get(q.id)! })), documents: await readCitedDocuments(tx, briefId) };
  });
  const sourceOptions = await listSourceOptions(actor, { kinds: SPEAKER_KINDS });
  return { briefId, quotes, documents, sourceOptions };
}
