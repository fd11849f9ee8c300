// The extraction entry point: every quote, label, event and source the captured text
// proposes. Pure: the registry to match sources against is passed in, and nothing is
// stored — the editor accepts or rejects each candidate (lib/extraction/decide-candidate.ts).
import { extractEvents } from "./extract-events";
import { extractQuotes } from "./extract-quotes";
import { extractSources } from "./extract-sources";
import type { RegistryEntry } from "./match-source";
import type { Candidates } from "./types";

export type ExtractOptions = {
  /** the document's published date: relative dates ("last week") resolve against it; today when unknown */
  publishedOn?: Date | null;
  registry?: readonly RegistryEntry[];
};

export function extractCandidates(text: string, { publishedOn, registry = [] }: ExtractOptions = {}): Candidates {
  const reference = publishedOn ?? today();
  const { events, statementDates } = extractEvents(text, reference);
  const quotes = extractQuotes(text, statementDates);
  const sources = extractSources(text, quotes, events, registry);
  return { quotes, events, sources };
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
