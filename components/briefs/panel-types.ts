// What the brief editor's side panel shows and calls, as the page hands it over
// (restated here because components take their data from props only).
import type { FormAction, FormState } from "../users/form-state";

export type ActionResultView<T> =
  | { status: "ok"; value: T }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; details?: unknown };

export type PanelListView = {
  documents: { id: string; ref: string; title: string; publisher: string; length: number }[];
  quotes: { ref: string; text: string; speakerName: string; verification: string; documentRef: string | null }[];
  events: { ref: string; dateLabel: string; description: string }[];
  claims: { ref: string; text: string; speakerName: string }[];
};

export type PanelDocumentView = {
  id: string; ref: string; title: string; publisher: string;
  text: string; start: number; end: number; length: number; reading: boolean;
  quotes: { key: string; text: string; speakerName: string; speakerTitle: string; speakerSourceId: string | null; saidOn: string | null; saidOnPrecision: string | null }[];
  events: { key: string; description: string; date: string; dateEnd: string | null; precision: string; dateLabel: string; reportedById: string | null }[];
  open: { quotes: number; events: number };
};

export type PassageSuggestionView = {
  start: number; end: number; text: string;
  speaker: { how: "covering" | "nearest"; speakerName: string; speakerTitle: string; speakerSourceId: string | null; saidOn: string | null; saidOnPrecision: string | null } | null;
};

import type { DuplicateView } from "../documents/duplicate-offer";

export type { DuplicateView };
export type DocumentFormState = FormState & { duplicate?: DuplicateView; documentId?: string; ref?: string };

export type PanelActions = {
  openDocument: (input: { briefId: string; documentId: string; from?: number }) => Promise<ActionResultView<PanelDocumentView>>;
  suggest: (input: { briefId: string; documentId: string; start: number; end: number }) => Promise<ActionResultView<PassageSuggestionView>>;
  quote: (input: {
    briefId: string; documentId: string; start: number; end: number; text: string;
    speakerName: string; speakerTitle: string; speakerSourceId: string | null; saidOn: string | null; saidOnPrecision: string | null;
  }) => Promise<ActionResultView<{ ref: string; text: string }>>;
  addDocument: (state: FormState, formData: FormData) => Promise<DocumentFormState>;
  attachExisting: (input: { briefId: string; documentId: string }) => Promise<ActionResultView<{ ref: string }>>;
  findDocuments: (input: { query: string }) => Promise<ActionResultView<{ id: string; title: string; publisher: string; publishedOn: string | null }[]>>;
  accept: FormAction;
};
