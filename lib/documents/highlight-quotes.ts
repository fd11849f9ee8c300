// Where each quote stands in a document's captured text, for highlighting it there.
// Quotes are matched the way verification matches them (normaliseForMatching: quote
// marks, apostrophes, dashes and whitespace set aside), but the ranges are offsets
// into the original text, which is shown exactly as it was captured.
import { normaliseForMatching } from "@/lib/quotes/verify-quote";

/** [start, end) in UTF-16 code units of the original text, and the quotes found there. */
export type HighlightRange = { start: number; end: number; quoteIds: string[] };

/** The normalised text, and for each of its code units the span of the original it stands for. */
type Normalised = { text: string; from: number[]; to: number[] };

/**
 * Pieces of the original that normalise independently: single code points when the
 * text is already NFC (nearly always); otherwise a base character with its combining
 * marks, which NFC may compose into one.
 */
function pieces(original: string): Iterable<{ text: string; start: number }> {
  if (original.normalize("NFC") === original) {
    return (function* () {
      let start = 0;
      for (const char of original) {
        yield { text: char, start };
        start += char.length;
      }
    })();
  }
  return [...original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)].map((m) => ({ text: m[0], start: m.index }));
}

function normaliseWithOffsets(original: string): Normalised {
  const cache = new Map<string, string>();
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (const piece of pieces(original)) {
    const end = piece.start + piece.text.length;
    for (const char of piece.text.normalize("NFC")) {
      if (/\s/.test(char)) {
        // A run of whitespace is one space, standing for the whole run.
        if (out.at(-1) === " ") to[to.length - 1] = end;
        else {
          out.push(" ");
          from.push(piece.start);
          to.push(end);
        }
        continue;
      }
      let mapped = cache.get(char);
      if (mapped === undefined) cache.set(char, (mapped = normaliseForMatching(char)));
      for (let i = 0; i < mapped.length; i++) {
        out.push(mapped[i]!);
        from.push(piece.start);
        to.push(end);
      }
    }
  }
  return { text: out.join(""), from, to };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Every place each quote occurs in `text`, as non-overlapping ranges in order; where
 * quotes overlap, the shared stretch lists them all. A quote found nowhere is in no
 * range.
 */
export function highlightQuotes(text: string, quotes: { id: string; text: string }[]): HighlightRange[] {
  const normalised = normaliseWithOffsets(text);
  const spans: { start: number; end: number; id: string }[] = [];
  for (const quote of quotes) {
    const words = normaliseForMatching(quote.text);
    if (!words) continue;
    for (const at of occurrences(normalised.text, words)) {
      spans.push({ id: quote.id, start: normalised.from[at]!, end: normalised.to[at + words.length - 1]! });
    }
  }
  return splitOverlaps(spans);
}

/** Cuts overlapping spans at every boundary, so that each range carries every quote covering it. */
function splitOverlaps(spans: { start: number; end: number; id: string }[]): HighlightRange[] {
  const changes = new Map<number, { id: string; delta: 1 | -1 }[]>();
  const change = (at: number, id: string, delta: 1 | -1) => (changes.get(at) ?? changes.set(at, []).get(at)!).push({ id, delta });
  for (const span of spans) {
    change(span.start, span.id, 1);
    change(span.end, span.id, -1);
  }
  const cuts = [...changes.keys()].sort((a, b) => a - b);
  const open = new Map<string, number>();
  const ranges: HighlightRange[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    for (const { id, delta } of changes.get(cuts[i]!)!) {
      const count = (open.get(id) ?? 0) + delta;
      if (count === 0) open.delete(id);
      else open.set(id, count);
    }
    if (open.size === 0) continue;
    const [start, end, quoteIds] = [cuts[i]!, cuts[i + 1]!, [...open.keys()]];
    const last = ranges.at(-1);
    if (last && last.end === start && sameIds(last.quoteIds, quoteIds)) last.end = end;
    else ranges.push({ start, end, quoteIds });
  }
  return ranges;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
