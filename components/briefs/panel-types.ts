// What the brief editor's side panel shows and calls, as the page hands it over: the
// shapes are lib's own (components take types, never values, from lib).
import type { BriefPanel } from "@/lib/briefs/load-brief-panel";
import type { DocumentListEntry } from "@/lib/documents/list-documents";
import type { OpenPanelDocumentInput, PanelDocument } from "@/lib/documents/open-panel-document";
import type { CallError } from "@/lib/forms/desk-action";
import type { QuotePassageInput } from "@/lib/quotes/quote-passage";
import type { PassageSuggestion, SuggestPassageQuoteInput } from "@/lib/quotes/suggest-passage-quote";
import type { FormAction } from "../forms/form-state";

/** What a panel action answers: its value, or the refusal to show. */
export type CallResult<T> = { status: "ok"; value: T } | CallError;

export type PanelListView = BriefPanel;
export type PanelDocumentView = PanelDocument;
export type PassageSuggestionView = PassageSuggestion;
export type { DuplicateView } from "../documents/duplicate-offer";

export type PanelActions = {
  openDocument: (input: OpenPanelDocumentInput) => Promise<CallResult<PanelDocument>>;
  suggest: (input: SuggestPassageQuoteInput) => Promise<CallResult<PassageSuggestion>>;
  quote: (input: QuotePassageInput) => Promise<CallResult<{ ref: string; text: string }>>;
  addDocument: FormAction;
  attachExisting: (input: { briefId: string; documentId: string }) => Promise<CallResult<{ ref: string }>>;
  findDocuments: (input: { query: string }) => Promise<CallResult<Pick<DocumentListEntry, "id" | "title" | "publisher" | "publishedOn">[]>>;
  accept: FormAction;
};
