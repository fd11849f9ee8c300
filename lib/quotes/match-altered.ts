// When a quote is not in the text word for word, is there a passage close to it? The
// quote's rarer words vote for where in the document it would start (a word that
// occurs once votes more than one that occurs ten times); the few best places are
// compared word by word with the `diff` package, and the closest wins if enough of
// its words are the quote's.
import { diffArrays } from "diff";
import { EDGE, type ParsedQuote } from "./parse-quote";
import { tokenize, type PreparedText, type Token } from "./quote-text";

/**
 * Below this share of words in common (Dice: 2·same / (quote words + passage words)),
 * or with fewer than two words in common, nothing is close.
 */
export const ALTERED_THRESHOLD = 0.5;
const MIN_SAME_WORDS = 2;
/** Words as common as this say nothing about where a quote is. */
const COMMON = 60;
const CANDIDATES = 3;
/** How many tokens of the document an ellipsis may stand for, when looking for a close passage. */
const OMISSION_TOKENS = 80;

export type QuoteToken = Token & { marker?: "omission" | "insertion" };
export type Region =
  | { op: "same" | "dropped" | "omitted"; doc: Token[] }
  | { op: "added"; quote: QuoteToken[] }
  | { op: "changed"; doc: Token[]; quote: QuoteToken[] }
  | { op: "insertion"; doc: Token[]; quote: QuoteToken[] };
export type AlteredMatch = {
  regions: Region[];
  similarity: number;
  sameWords: number;
  /** tokens, punctuation included, that differ */
  edits: number;
  start: number;
  end: number;
};

/** The quote's tokens, an ellipsis or a bracket as one marker token each; edge punctuation set aside. */
export function quoteTokens(parsed: ParsedQuote): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let offset = 0;
  for (const part of parsed.parts) {
    if (part.kind === "text") {
      const at = parsed.normalised.indexOf(part.text, offset);
      tokens.push(...tokenize(part.text, at));
      offset = at + part.text.length;
    } else tokens.push({ text: part.kind === "insertion" ? part.text : "…", start: offset, end: offset, word: false, marker: part.kind });
  }
  const edge = (t: QuoteToken | undefined) => t !== undefined && !t.word && !t.marker && EDGE.start.test(t.text);
  while (edge(tokens[0])) tokens.shift();
  while (edge(tokens.at(-1))) tokens.pop();
  return tokens.filter((t, i) => !(edge(t) && (tokens[i - 1]?.marker === "omission" || tokens[i + 1]?.marker === "omission")));
}

/** Start positions in the document's tokens, best first, each a cluster of votes. */
function candidateStarts(doc: PreparedText, quote: QuoteToken[], band: number): number[] {
  const votes = new Map<number, number>();
  quote.forEach((token, i) => {
    if (!token.word) return;
    const seen = doc.words.get(token.text.toLowerCase());
    if (!seen || seen.length > COMMON) return;
    for (const at of seen) votes.set(at - i, (votes.get(at - i) ?? 0) + 1 / seen.length);
  });
  const diagonals = [...votes.keys()].sort((a, b) => a - b);
  const scored: { at: number; score: number }[] = [];
  let lo = 0,
    hi = 0,
    sum = 0;
  for (const d of diagonals) {
    while (hi < diagonals.length && diagonals[hi]! <= d + band) sum += votes.get(diagonals[hi++]!)!;
    while (diagonals[lo]! < d - band) sum -= votes.get(diagonals[lo++]!)!;
    scored.push({ at: d, score: sum });
  }
  scored.sort((a, b) => b.score - a.score);
  const picked: number[] = [];
  for (const { at } of scored) {
    if (picked.length === CANDIDATES) break;
    if (picked.every((p) => Math.abs(p - at) > band)) picked.push(at);
  }
  return picked;
}

export function matchAltered(doc: PreparedText, quote: QuoteToken[]): AlteredMatch | null {
  const quoteWords = quote.filter((t) => t.word).length;
  if (quoteWords < 2) return null;
  const band = Math.ceil(quote.length / 4) + 2;
  const omissions = quote.filter((t) => t.marker === "omission").length;
  const wanted = new Map<string, number>();
  for (const t of quote) if (t.word) wanted.set(t.text, (wanted.get(t.text) ?? 0) + 1);
  const windows = candidateStarts(doc, quote, band).map((at) => {
    const window = doc.tokens.slice(
      Math.max(0, at - band),
      Math.min(doc.tokens.length, at + quote.length + band + omissions * OMISSION_TOKENS),
    );
    return { window, most: mostSimilar(window, wanted, quoteWords) };
  });
  let best: AlteredMatch | null = null;
  // The word diff is the costly step: run it on the most promising window first, and
  // not at all on one that could not beat what is found or reach the threshold.
  for (const { window, most } of windows.sort((a, b) => b.most - a.most)) {
    if (most < ALTERED_THRESHOLD || (best && most < best.similarity)) break;
    const match = align(window, quote);
    if (match && match.sameWords >= MIN_SAME_WORDS && (!best || closer(match, best))) best = match;
  }
  return best && best.similarity >= ALTERED_THRESHOLD ? best : null;
}

/** The highest similarity a window could reach: as if every quote word it has were paired and it had no other words. */
function mostSimilar(window: Token[], wanted: Map<string, number>, quoteWords: number): number {
  const left = new Map(wanted);
  let shared = 0;
  for (const t of window) {
    const n = t.word ? left.get(t.text) : undefined;
    if (!n) continue;
    left.set(t.text, n - 1);
    shared++;
  }
  return shared < MIN_SAME_WORDS ? 0 : (2 * shared) / (quoteWords + shared);
}

/** More words in common; on a tie, fewer differences in punctuation. */
const closer = (a: AlteredMatch, b: AlteredMatch) => a.similarity > b.similarity || (a.similarity === b.similarity && a.edits < b.edits);

type Step = { op: "same" | "removed" | "added"; token: QuoteToken };

function align(window: Token[], quote: QuoteToken[]): AlteredMatch | null {
  const changes = diffArrays<QuoteToken>(window, quote, { comparator: (a, b) => !b.marker && a.text === b.text });
  let steps: Step[] = [];
  let d = 0;
  for (const change of changes) {
    const op = change.added ? "added" : change.removed ? "removed" : "same";
    for (const token of change.value) steps.push({ op, token: op === "added" ? token : window[d++]! });
  }
  steps = slideEdge(slideEdge(steps).reverse()).reverse();
  const first = steps.findIndex((s) => s.op === "same");
  if (first < 0) return null;
  const last = steps.findLastIndex((s) => s.op === "same");
  const inside = steps.slice(first, last + 1);
  // Words the quote has before its first (after its last) shared word stand for as many of the document's.
  const lead = edgeSteps(steps.slice(0, first).reverse());
  const tail = edgeSteps(steps.slice(last + 1));
  const regions = toRegions([...lead.reverse(), ...inside, ...tail]);
  const count = (tokens: Token[]) => tokens.reduce((n, t) => n + (t.word ? 1 : 0), 0);
  let same = 0,
    quoteWords = 0,
    passageWords = 0,
    edits = 0;
  for (const r of regions) {
    if (r.op === "added" || r.op === "changed") edits += r.quote.length;
    if (r.op === "dropped" || r.op === "changed") edits += r.doc.length;
    if (r.op === "same") same += count(r.doc);
    if (r.op === "same" || r.op === "dropped" || r.op === "changed") passageWords += count(r.doc);
    if (r.op === "same" || r.op === "added" || r.op === "changed") quoteWords += count("quote" in r ? r.quote : r.doc);
  }
  const docTokens = regions.flatMap((r) => ("doc" in r ? r.doc : []));
  return {
    regions,
    similarity: (2 * same) / (quoteWords + passageWords),
    sameWords: same,
    edits,
    start: docTokens[0]!.start,
    end: docTokens.at(-1)!.end,
  };
}

/**
 * A diff may pair the quote's first words with an earlier occurrence of the same words
 * ("the independence of “the temporarily…" for "the temporarily…"), leaving the
 * document's words in between as dropped. Where the same words come again right before
 * the next shared stretch, they are paired there instead, so the passage is the
 * shortest one. Reversed steps, reversed back, do the same at the end.
 */
function slideEdge(steps: Step[]): Step[] {
  for (let round = 0; round < 8; round++) {
    const first = steps.findIndex((s) => s.op === "same");
    if (first < 0) return steps;
    let end = first;
    while (end < steps.length && steps[end]!.op === "same") end++;
    let next = end;
    while (next < steps.length && steps[next]!.op !== "same") next++;
    if (next >= steps.length) return steps;
    const same = steps.slice(first, end);
    const between = steps.slice(end, next);
    const removed = between.filter((s) => s.op === "removed");
    const k = same.length;
    const repeats = removed.length >= k && same.every((s, i) => s.token.text === removed[removed.length - k + i]!.token.text);
    if (!repeats) return steps;
    steps = [
      ...steps.slice(0, first),
      ...same.map((s): Step => ({ op: "removed", token: s.token })),
      ...removed.slice(0, removed.length - k),
      ...removed.slice(removed.length - k).map((s): Step => ({ op: "same", token: s.token })),
      ...between.filter((s) => s.op === "added"),
      ...steps.slice(next),
    ];
  }
  return steps;
}

/** Before the first shared word: the quote's own words, and as many of the document's words next to them. */
function edgeSteps(outside: Step[]): Step[] {
  const added = outside.filter((s) => s.op === "added");
  const words = added.filter((s) => !s.token.marker).length;
  const removed = outside.filter((s) => s.op === "removed").slice(0, Math.min(words, 3));
  return [...removed, ...added];
}

function toRegions(steps: Step[]): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < steps.length;) {
    if (steps[i]!.op === "same") {
      const doc: Token[] = [];
      while (i < steps.length && steps[i]!.op === "same") doc.push(steps[i++]!.token);
      regions.push({ op: "same", doc });
      continue;
    }
    const doc: Token[] = [],
      quote: QuoteToken[] = [],
      markers: QuoteToken[] = [];
    for (; i < steps.length && steps[i]!.op !== "same"; i++) {
      const { op, token } = steps[i]!;
      if (op === "removed") doc.push(token);
      else if (token.marker) markers.push(token);
      else quote.push(token);
    }
    const omission = markers.some((m) => m.marker === "omission");
    const inserted = markers.filter((m) => m.marker === "insertion");
    if (omission && doc.length) regions.push({ op: "omitted", doc });
    if (inserted.length) regions.push({ op: "insertion", doc: omission ? [] : doc, quote: inserted });
    if (omission || inserted.length) {
      if (quote.length) regions.push({ op: "added", quote });
    } else if (doc.length && quote.length) regions.push({ op: "changed", doc, quote });
    else if (doc.length) regions.push({ op: "dropped", doc });
    else if (quote.length) regions.push({ op: "added", quote });
  }
  return regions;
}
