// Source candidates: the organisations and outlets the text names as speakers (“the
// foreign ministry said”), as the employer in a speaker's title ("a spokesman for
// Ukraine’s Ministry of Foreign Affairs"), as reporters ("Russian state media
// reported") or as publishers ("(Reuters) -", "told the Associated Press", "figures
// published by the Regional Transport Authority"), each
// matched against the registry or else proposed as new.
import { matchSource, normaliseSourceName, type RegistryEntry } from "./match-source";
import type { EventCandidate, ProposedSourceKind, QuoteCandidate, SourceCandidate, SourceRole, Span } from "./types";
import { AGENCY_WORDS, GOVERNMENT_WORDS, OUTLET_WORDS } from "./words";

const PUBLISHER = /\((Reuters|AP|AFP|Bloomberg|Xinhua|Yonhap|TASS)\)|\b(?:told|according to|reported by|published by|figures from|data from|in an interview with)[ \t]+(?:(the)[ \t]+)?(\p{Lu}(?:[\p{L}&'-]|\.(?=\p{L}))*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?\p{Lu}(?:[\p{L}&'-]|\.(?=\p{L}))*){0,5})/gu;

/** The mentions of one source marked in the text. */
const MAX_SPANS = 50;

export function sourceKindOf(name: string): ProposedSourceKind {
  if (AGENCY_WORDS.test(name)) return "agency";
  if (OUTLET_WORDS.test(name)) return "outlet";
  if (GOVERNMENT_WORDS.test(name)) return "government";
  return "organisation";
}

export function extractSources(
  text: string,
  quotes: readonly QuoteCandidate[],
  events: readonly EventCandidate[],
  registry: readonly RegistryEntry[],
): SourceCandidate[] {
  const byKey = new Map<string, SourceCandidate>();
  const marked = new Set<string>();
  const add = (name: string, role: SourceRole, span: Span | null) => {
    const clean = name.replace(/[\s,.;:]+$/, "").trim();
    const normalised = normaliseSourceName(clean);
    if (!normalised || !/^\p{Lu}/u.test(clean.replace(/^the\s+/i, "")) && !/\b(?:ministry|media|government|council)\b/i.test(clean)) return;
    const key = `source:${normalised}`;
    const existing = byKey.get(key);
    if (existing) {
      // a source named again is marked again, up to a point: the first mentions show where it is named
      if (span && existing.spans.length < MAX_SPANS && !marked.has(`${key} ${span.start}`)) existing.spans.push(span);
      if (span) marked.add(`${key} ${span.start}`);
      return;
    }
    if (span) marked.add(`${key} ${span.start}`);
    const match = matchSource(clean, registry);
    byKey.set(key, { key, kind: "source", name: clean, sourceKind: sourceKindOf(clean), role, spans: span ? [span] : [], match: match && { id: match.id, name: match.name } });
  };
  const firstAt = new Map<string, number>();
  const find = (name: string): Span | null => {
    if (!firstAt.has(name)) firstAt.set(name, text.indexOf(name));
    const at = firstAt.get(name)!;
    return at >= 0 ? { start: at, end: at + name.length } : null;
  };
  for (const quote of quotes) {
    if (quote.speakerOrganisation) add(quote.speakerOrganisation, "speaker", find(quote.speakerOrganisation));
  }
  for (const event of events) if (event.reportedBy) add(event.reportedBy, "reporter", find(event.reportedBy));
  for (const match of text.matchAll(PUBLISHER)) {
    const name = (match[1] ?? match[3] ?? "").replace(/[\s,.;:]+$/, "").trim();
    // "told the Arnsdorf Courier": with an article it is an institution; without one ("according to Keller") it may be a person
    const institution = match[2] !== undefined || OUTLET_WORDS.test(name) || AGENCY_WORDS.test(name) || GOVERNMENT_WORDS.test(name);
    if (!name || (match[3] && !institution)) continue;
    const at = match.index + match[0].indexOf(name);
    add(name, "publisher", { start: at, end: at + name.length });
  }
  return [...byKey.values()];
}
