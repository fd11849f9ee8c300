// Where a quote stands in its document's captured text, and how it differs: the rich
// answer behind a verification status, for the editor and the reviewer. A pure function
// of the two texts.
import { matchAltered, quoteTokens, type AlteredMatch, type QuoteToken } from "./match-altered";
import { matchVerbatim, type VerbatimMatch } from "./match-verbatim";
import { hasMarkers, parseQuote, type ParsedQuote } from "./parse-quote";
import { originalRange, originalSlice, prepareText, type PreparedText, type Token } from "./quote-text";

export type AutomaticVerification = "verbatim" | "altered" | "not_found";

/**
 * One stretch of the comparison, in reading order. `text` is the document's words for
 * same, dropped and omitted stretches and the quote's words for added, changed and
 * insertion ones; `source` is what the document has instead.
 */
export type QuoteDiffPart =
  { op: "same" | "dropped" | "omitted" | "added"; text: string } | { op: "changed" | "insertion"; text: string; source: string };

export type QuoteMatch = {
  status: AutomaticVerification;
  /** offsets into the captured text as stored, and the words there */
  passage: { start: number; end: number; text: string } | null;
  diff: QuoteDiffPart[];
  /** the quote's [bracketed] editorial insertions, without brackets */
  insertions: string[];
  /** 1 for verbatim, the share of words in common for altered, 0 for not found */
  similarity: number;
};

type Found =
  | { status: "verbatim"; verbatim: VerbatimMatch; literal: boolean }
  | { status: "verbatim" | "altered"; altered: AlteredMatch; tokens: QuoteToken[] }
  | { status: "not_found" };

function find(doc: PreparedText, parsed: ParsedQuote): Found {
  if (!parsed.normalised) return { status: "not_found" };
  // A document may itself have "..." or brackets: then the quote is found as written.
  const literal = hasMarkers(parsed) ? matchVerbatim(doc, { ...parsed, parts: [{ kind: "text", text: parsed.normalised }] }) : null;
  const verbatim = literal ?? matchVerbatim(doc, parsed);
  if (verbatim) return { status: "verbatim", verbatim, literal: literal !== null };
  const tokens = quoteTokens(parsed);
  const altered = matchAltered(doc, tokens);
  if (!altered) return { status: "not_found" };
  // The same words with different spacing around punctuation ("Jong - Un") are still verbatim.
  const differs = altered.regions.some((r) => r.op === "added" || r.op === "dropped" || r.op === "changed");
  return { status: differs ? "altered" : "verbatim", altered, tokens };
}

/** The status alone, for callers that store it. */
export function verificationStatus(quote: string, capturedText: string): AutomaticVerification {
  return find(prepareText(capturedText), parseQuote(quote)).status;
}

export function matchQuote(quote: string, capturedText: string): QuoteMatch {
  const doc = prepareText(capturedText);
  const parsed = parseQuote(quote);
  const found = find(doc, parsed);
  // Brackets the document itself has are its words, not the editor's insertions.
  const insertions = "literal" in found && found.literal ? [] : parsed.insertions;
  if (found.status === "not_found") return { status: "not_found", passage: null, diff: [], insertions, similarity: 0 };
  const { start, end } = "verbatim" in found ? found.verbatim : found.altered;
  const range = originalRange(doc, start, end);
  const passage = { ...range, text: capturedText.slice(range.start, range.end) };
  if ("verbatim" in found) return { status: "verbatim", passage, diff: verbatimDiff(doc, found.verbatim), insertions, similarity: 1 };
  const words = (tokens: Token[]) => (tokens.length ? originalSlice(doc, tokens[0]!.start, tokens.at(-1)!.end) : "");
  // Regions hold either the quote's words (one stretch of it) or its bracket markers.
  const said = (tokens: QuoteToken[]) =>
    tokens[0]?.marker ? tokens.map((t) => `[${t.text}]`).join(" ") : parsed.normalised.slice(tokens[0]!.start, tokens.at(-1)!.end);
  const diff = found.altered.regions.map((r): QuoteDiffPart => {
    if (r.op === "added") return { op: "added", text: said(r.quote) };
    if (r.op === "changed" || r.op === "insertion") return { op: r.op, text: said(r.quote), source: words(r.doc) };
    return { op: r.op, text: words(r.doc) };
  });
  return { status: found.status, passage, diff, insertions, similarity: found.status === "verbatim" ? 1 : found.altered.similarity };
}

function verbatimDiff(doc: PreparedText, match: VerbatimMatch): QuoteDiffPart[] {
  const diff: QuoteDiffPart[] = [];
  const slice = (start: number, end: number) => (end > start ? originalSlice(doc, start, end).trim() : "");
  const joint = (i: number, start: number, end: number) => {
    const { omission, insertions } = match.joints[i]!;
    const between = slice(start, end);
    if (omission && between) diff.push({ op: "omitted", text: between });
    if (insertions.length) diff.push({ op: "insertion", text: insertions.map((t) => `[${t}]`).join(" "), source: omission ? "" : between });
  };
  match.pieces.forEach((piece, i) => {
    joint(i, i === 0 ? match.start : match.pieces[i - 1]!.end, piece.start);
    diff.push({ op: "same", text: slice(piece.start, piece.end) });
  });
  joint(match.pieces.length, match.pieces.at(-1)!.end, match.end);
  return diff;
}
