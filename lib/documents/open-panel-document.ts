// One document of a brief, as the editor's side panel reads it: a window of its
// captured text to select passages from, and what the extractor proposes from it
// that nobody decided yet. Bounded however long the document: PANEL_TEXT_CHARS of
// text at a time, PANEL_CANDIDATES of each kind.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { loadDocumentCandidates, type DocumentCandidates } from "@/lib/extraction/document-candidates";
import { idSchema } from "@/lib/quotes/schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";

export const PANEL_TEXT_CHARS = 20_000;
export const PANEL_CANDIDATES = 8;

export const openPanelDocumentSchema = z.object({
  briefId: idSchema("Choose a brief."),
  documentId: idSchema("Choose a document."),
  from: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 * 1024 * 1024)
    .default(0),
});

type Quote = DocumentCandidates["quotes"][number];
type Event = DocumentCandidates["events"][number];

export type PanelDocument = {
  id: string;
  ref: string;
  title: string;
  publisher: string;
  /** the text shown: capturedText[start, end) */
  text: string;
  start: number;
  end: number;
  length: number;
  /** still being read (a long document): no candidates yet */
  reading: boolean;
  quotes: Pick<Quote, "key" | "text" | "speakerName" | "speakerTitle" | "speakerSourceId" | "saidOn" | "saidOnPrecision">[];
  events: Pick<Event, "key" | "description" | "date" | "dateEnd" | "precision" | "dateLabel" | "reportedById">[];
  /** open candidates of each kind, of which the first PANEL_CANDIDATES are listed */
  open: { quotes: number; events: number };
};

/** Never a window edge inside a surrogate pair. */
function edge(text: string, at: number): number {
  const clamped = Math.min(Math.max(0, at), text.length);
  return clamped > 0 && clamped < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(clamped)) ? clamped - 1 : clamped;
}

export type OpenPanelDocumentInput = UseCaseInput<typeof openPanelDocumentSchema>;

export async function openPanelDocument(actor: Actor | null, input: OpenPanelDocumentInput, tx?: Tx): Promise<PanelDocument> {
  return inTransaction(tx, async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { briefId, documentId, from } = parseInput(openPanelDocumentSchema, input);
    const loaded = await loadDocumentCandidates(tx, briefId, documentId);
    const { capturedText, ...document } = loaded.document;
    const start = edge(capturedText, from);
    const end = edge(capturedText, start + PANEL_TEXT_CHARS);
    const quotes = loaded.quotes.filter((q) => q.kind === "quote" && q.status.state === "open");
    const events = loaded.events.filter((e) => e.status.state === "open");
    return {
      id: document.id,
      ref: document.ref,
      title: document.title,
      publisher: document.publisher,
      text: capturedText.slice(start, end),
      start,
      end,
      length: capturedText.length,
      reading: loaded.reading !== null,
      quotes: quotes
        .slice(0, PANEL_CANDIDATES)
        .map(({ key, text, speakerName, speakerTitle, speakerSourceId, saidOn, saidOnPrecision }) => ({
          key,
          text,
          speakerName,
          speakerTitle,
          speakerSourceId,
          saidOn,
          saidOnPrecision,
        })),
      events: events.slice(0, PANEL_CANDIDATES).map(({ key, description, date, dateEnd, precision, dateLabel, reportedById }) => ({
        key,
        description,
        date,
        dateEnd,
        precision,
        dateLabel,
        reportedById,
      })),
      open: { quotes: quotes.length, events: events.length },
    };
  });
}
