// What the extractor proposes from a document's captured text. Every candidate keeps
// the character offsets ([start, end) in UTF-16 code units of the captured text, as
// stored) of what it was read from, so the desk can highlight it in place.
import type { DatePrecision } from "@/lib/db/client";

export type Span = { start: number; end: number };

export type QuoteCandidate = {
  /** stable for the same text: `quote:<start>-<end>` of its first span */
  key: string;
  /** a label ("People’s Republics.") is a name used by someone, not a statement */
  kind: "quote" | "label";
  /** the words as printed; parts interrupted by "he said" are joined with " … " */
  text: string;
  /** the quoted words in the text (one per part), without the quote marks */
  spans: Span[];
  speakerName: string;
  speakerTitle: string;
  /** the organisation the speaker is or speaks for, when the text names one */
  speakerOrganisation: string | null;
  /** when the text dates the statement ("said on Tuesday") */
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
};

export type EventCandidate = {
  /** `event:<start>-<end>` of its date expression (or of its sentence, for "after …") */
  key: string;
  kind: "event";
  /** the sentence, as a first description for the editor to shorten */
  description: string;
  sentence: Span;
  /** the date expression as written, e.g. "in late June" */
  dateText: string;
  dateSpan: Span;
  /** first day the date can mean, YYYY-MM-DD */
  date: string;
  /** last day, for a range */
  dateEnd: string | null;
  precision: DatePrecision;
  dateLabel: string;
  /** who the text says reports it ("Russian state media reported …") */
  reportedBy: string | null;
  /** a future event the text dates ("will start next week"), not one that happened */
  planned: boolean;
};

export type SourceRole = "speaker" | "publisher" | "reporter";
export type ProposedSourceKind = "outlet" | "agency" | "government" | "organisation";

export type SourceCandidate = {
  /** `source:<normalised name>` */
  key: string;
  kind: "source";
  name: string;
  sourceKind: ProposedSourceKind;
  role: SourceRole;
  spans: Span[];
  /** the registry entry it matches, if any */
  match: { id: string; name: string } | null;
};

/** How many of each kind the text holds: more than are proposed when a list was capped. */
export type CandidateCounts = { quotes: number; events: number; sources: number };

export type Candidates = { quotes: QuoteCandidate[]; events: EventCandidate[]; sources: SourceCandidate[] };

/** The candidates proposed, and how many the text holds. */
export type CountedCandidates = Candidates & { found: CandidateCounts };
