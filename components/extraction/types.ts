// What the candidates screen shows, as the page hands it over (restated here because
// components take their data from props only).
export type CandidateStatusView =
  | { state: "open" }
  | { state: "accepted" | "rejected"; by: string | null; at: string; itemRef: string | null }
  | { state: "on_brief"; itemRef: string }
  | { state: "in_registry"; sourceId: string };

/** `inText`: marked in the part of the text the page shows. */
type Base = { key: string; anchor: string; inText?: boolean; status: CandidateStatusView };

export type QuoteCandidateView = Base & {
  kind: "quote" | "label";
  text: string;
  speakerName: string;
  speakerTitle: string;
  speakerSourceId: string | null;
  saidOn: string | null;
  saidOnPrecision: string | null;
};

export type EventCandidateView = Base & {
  kind: "event";
  description: string;
  dateText: string;
  date: string;
  dateEnd: string | null;
  precision: string;
  dateLabel: string;
  /** a future event the text dates */
  planned: boolean;
  reportedBy: string | null;
  reportedById: string | null;
};

export type SourceCandidateView = Base & { kind: "source"; name: string; sourceKind: string; role: string };

export type TextPieceView = { text: string; start: number; marks: { key: string; anchor: string; kind: string; state: string; first: boolean }[] };

/** Which document of which brief the candidates come from: sent with every decision. */
export type CandidateIds = { briefId: string; documentId: string };

/** Where one list of candidates stands: `found` is how many the text holds when more than `total` are (the cap). */
export type CandidatePageView = { page: number; pageSize: number; pageCount: number; total: number; found: number | null; more: number };

/** The addresses of a list's previous and next pages. */
export type PageLinks = { previous?: string; next?: string };
