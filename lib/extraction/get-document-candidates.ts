// The candidates screen: a document's captured text, cut into pieces with every
// candidate highlighted in place, and beside it everything the extractor proposes
// from it for one brief, with what the desk already accepted or rejected. However
// long the document, one screen is bounded: each list shows a page of PAGE_SIZE
// candidates (the rest are "N more"), and the text shown is a window of at most
// TEXT_WINDOW_CHARS around them, with only the listed candidates marked.
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { loadDocumentCandidates, type CandidateStatus, type DocumentCandidates } from "./document-candidates";
import { candidateAnchor, highlightCandidates, type Highlight, type TextPiece } from "./highlight-candidates";
import { documentCandidatesSchema } from "./schemas";
import type { Span } from "./types";

export const PAGE_SIZE = 50;
export const TEXT_WINDOW_CHARS = 20_000;

/** `inText`: the candidate is marked in the text shown. */
type Anchored<T> = T & { anchor: string; inText: boolean };

/** Where one list's page stands. */
export type CandidatePage = {
  /** 1-based */
  page: number;
  pageSize: number;
  pageCount: number;
  /** candidates proposed (all pages) */
  total: number;
  /** how many the text holds, when more than are proposed (the cap), else null */
  found: number | null;
  /** candidates after this page */
  more: number;
};

type Quote = DocumentCandidates["quotes"][number];
type Event = DocumentCandidates["events"][number];
type Source = DocumentCandidates["sources"][number];

/** One candidate of each list, as the screen shows it. */
export type QuoteCandidateView = CandidatesView["quotes"][number];
export type EventCandidateView = CandidatesView["events"][number];
export type SourceCandidateView = CandidatesView["sources"][number];
export type { CandidateStatus, TextPiece };

/** `quotes` holds the page's statements and then its labels. */
export type CandidatesView = Omit<DocumentCandidates, "quotes" | "events" | "sources" | "found"> & {
  quotes: Anchored<Quote>[];
  events: Anchored<Event>[];
  sources: Anchored<Source>[];
  paging: { quotes: CandidatePage; labels: CandidatePage; events: CandidatePage; sources: CandidatePage };
  pieces: TextPiece[];
  /** the part of the captured text the pieces cover */
  shown: { start: number; end: number; length: number };
};

export const candidatePagesSchema = z.object({
  quotes: z.coerce.number().int().min(1).max(10_000).catch(1),
  labels: z.coerce.number().int().min(1).max(10_000).catch(1),
  events: z.coerce.number().int().min(1).max(10_000).catch(1),
  sources: z.coerce.number().int().min(1).max(10_000).catch(1),
});
/** The page of each list, as the address gives it ("?events=3"): anything else is the first page. */
export type CandidatePages = Partial<Record<keyof z.output<typeof candidatePagesSchema>, string | number>>;

const stateOf = (status: CandidateStatus) => status.state;

function pageOf<T>(list: T[], page: number, found: number | null): CandidatePage & { slice: T[] } {
  const pageCount = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const slice = list.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return {
    slice,
    page: current,
    pageSize: PAGE_SIZE,
    pageCount,
    total: list.length,
    found: found !== null && found > list.length ? found : null,
    more: Math.max(0, list.length - current * PAGE_SIZE),
  };
}

/** The window of the text to show: all of it when short, else TEXT_WINDOW_CHARS from a little before the first listed candidate. */
function windowOf(text: string, highlights: Highlight[]): { start: number; end: number } {
  if (text.length <= TEXT_WINDOW_CHARS) return { start: 0, end: text.length };
  const first = Math.min(...highlights.flatMap((h) => h.spans.map((s) => s.start)), text.length);
  let start = Math.max(0, Math.min(first - 300, text.length - TEXT_WINDOW_CHARS));
  // at a line or word break, never inside a surrogate pair
  if (start > 0) {
    const breakAt = text.slice(start, start + 200).search(/\s/);
    start = breakAt >= 0 ? start + breakAt + 1 : /[\uDC00-\uDFFF]/.test(text.charAt(start)) ? start + 1 : start;
  }
  let end = Math.min(text.length, start + TEXT_WINDOW_CHARS);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end--;
  return { start, end };
}

function clip(spans: Span[], window: { start: number; end: number }): Span[] {
  return spans
    .map((s) => ({ start: Math.max(s.start, window.start) - window.start, end: Math.min(s.end, window.end) - window.start }))
    .filter((s) => s.start < s.end);
}

export type GetDocumentCandidatesInput = UseCaseInput<typeof documentCandidatesSchema> & { pages?: CandidatePages };

export async function getDocumentCandidates(actor: Actor | null, input: GetDocumentCandidatesInput): Promise<CandidatesView> {
  const loaded = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    const { briefId, documentId } = parseInput(documentCandidatesSchema, input);
    return loadDocumentCandidates(tx, briefId, documentId);
  });
  const pages = candidatePagesSchema.parse(input.pages ?? {});
  const { quotes, events, sources, found, ...rest } = loaded;
  const statements = quotes.filter((q) => q.kind === "quote");
  const labels = quotes.filter((q) => q.kind === "label");
  // the cap counts quotes and labels together: "found" is told with the statements
  const groups = {
    quotes: pageOf(statements, pages.quotes, found.quotes > quotes.length ? found.quotes - labels.length : null),
    labels: pageOf(labels, pages.labels, null),
    events: pageOf(events, pages.events, found.events),
    sources: pageOf(sources, pages.sources, found.sources),
  };
  const highlights: Highlight[] = [
    ...[...groups.quotes.slice, ...groups.labels.slice].map((q) => ({
      key: q.key,
      kind: q.kind,
      state: stateOf(q.status),
      spans: q.spans,
    })),
    ...groups.events.slice.map((e) => ({ key: e.key, kind: e.kind, state: stateOf(e.status), spans: [e.dateSpan] })),
    ...groups.sources.slice.map((s) => ({ key: s.key, kind: s.kind, state: stateOf(s.status), spans: s.spans })),
  ];
  const text = rest.document.capturedText;
  const window = windowOf(text, highlights);
  const pieces = highlightCandidates(
    text.slice(window.start, window.end),
    highlights.map((h) => ({ ...h, spans: clip(h.spans, window) })),
  ).map((piece) => ({ ...piece, start: piece.start + window.start }));
  const marked = new Set(pieces.flatMap((p) => p.marks.map((m) => m.key)));
  const anchored = <T extends { key: string }>(list: T[]): Anchored<T>[] =>
    list.map((c) => ({ ...c, anchor: candidateAnchor(c.key), inText: marked.has(c.key) }));
  const info = ({ page, pageSize, pageCount, total, found, more }: CandidatePage): CandidatePage => ({
    page,
    pageSize,
    pageCount,
    total,
    found,
    more,
  });
  return {
    ...rest,
    // the page carries the text it shows, not the whole document
    document: { ...rest.document, capturedText: "" },
    quotes: anchored([...groups.quotes.slice, ...groups.labels.slice]),
    events: anchored(groups.events.slice),
    sources: anchored(groups.sources.slice),
    paging: { quotes: info(groups.quotes), labels: info(groups.labels), events: info(groups.events), sources: info(groups.sources) },
    pieces,
    shown: { ...window, length: text.length },
  };
}
