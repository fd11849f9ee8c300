// The extraction entry point: every quote, label, event and source the captured text
// proposes. Pure: the registry to match sources against is passed in, and nothing is
// stored — the editor accepts or rejects each candidate (lib/extraction/decide-candidate.ts).
// However long the text, at most MAX_CANDIDATES of each kind are proposed (the first,
// in the order of the text); `found` says how many there were.
import { extractEvents } from "./extract-events";
import { extractQuotes } from "./extract-quotes";
import { extractSources } from "./extract-sources";
import type { RegistryEntry } from "./match-source";
import type { Candidates, CountedCandidates } from "./types";

/** The most candidates of one kind proposed for one document: more than an editor reviews, few enough to store and show. */
export const MAX_CANDIDATES = { quotes: 500, events: 500, sources: 200 } as const;

/**
 * Texts up to this many characters are read on the request (well under 100 ms);
 * longer ones by a separate process, once (lib/extraction/read-in-background.ts).
 */
export const INLINE_TEXT_CHARS = 10_000;

/** Bumped whenever the rules change what a text proposes: candidates stored by an older extractor are read again. */
export const EXTRACTOR_VERSION = 2;

export type ExtractOptions = {
  /** the document's published date: relative dates ("last week") resolve against it; today when unknown */
  publishedOn?: Date | null;
  registry?: readonly RegistryEntry[];
  /** told the share of the text read so far, from 0 to 1 */
  progress?: (fraction: number) => void;
};

export function extractCandidates(text: string, options: ExtractOptions = {}): Candidates {
  const { quotes, events, sources } = extractCounted(text, options);
  return { quotes, events, sources };
}

/** The candidates, with how many of each kind the text holds (more than are proposed when a list was capped). */
export function extractCounted(text: string, { publishedOn, registry = [], progress }: ExtractOptions = {}): CountedCandidates {
  const reference = publishedOn ?? today();
  // events (chrono) are most of the work, then quotes
  const share = (from: number, part: number) =>
    progress && ((offset: number) => progress(from + (part * offset) / Math.max(1, text.length)));
  const { events, statementDates } = extractEvents(text, reference, share(0, 0.7));
  const quotes = extractQuotes(text, statementDates, share(0.7, 0.25));
  const sources = extractSources(text, quotes, events, registry);
  progress?.(1);
  return {
    quotes: quotes.slice(0, MAX_CANDIDATES.quotes),
    events: events.slice(0, MAX_CANDIDATES.events),
    sources: sources.slice(0, MAX_CANDIDATES.sources),
    found: { quotes: quotes.length, events: events.length, sources: sources.length },
  };
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
