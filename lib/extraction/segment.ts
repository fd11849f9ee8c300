// Paragraphs and sentences of a captured text, as offsets into it. A sentence ends
// at . ! or ? (with any closing quote marks or brackets after it) followed by a
// space and a capital, a digit or an opening quote mark — unless the period ends a
// common abbreviation ("Mr.", "Jan.", "U.S.") — and always at a paragraph break.
// In a list (lines that each carry their own item or date: a chronology, bullets)
// every line is a sentence. No sentence is longer than MAX_SENTENCE_CHARS: a longer
// run is cut at a clause or word break, so the work done on one sentence (and the
// text a candidate copies from it) stays bounded whatever the text.
import type { Span } from "./types";

export const MAX_SENTENCE_CHARS = 1000;

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st gen lt col sgt capt cmdr adm gov sen rep rev jr sr no vs etc inc ltd corp co " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft e.g i.e a.m p.m u.s u.k u.n e.u"
  ).split(" "),
);

export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

const BOUNDARY = /[.!?…]+(?:[ \u00a0]?»)?["'”’)\]]*(?=\s+(?:["'“‘„(\[]|«[ \u00a0]?)?[\p{Lu}\d])/gu;
/** A line that opens with a bullet or a number ("- ", "• ", "3. ", "(b) "): a list item. */
const LIST_ITEM = /^[ \t]*(?:[-*•·–—][ \t]|\(?(?:\d{1,3}|[a-z])[.)][ \t])/;
/** A line that opens like an item of its own: a capital, a digit, a bullet or an opening quote mark. */
const ITEM_START = /^[ \t]*(?:[\p{Lu}\d]|[-*•·–—"“‘(\[])/u;

/** The lines of a paragraph, as offsets into it. */
function lines(body: string): Span[] {
  return [...body.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The lines of a paragraph that are items of a list, each one a sentence of its own:
 * every line when the paragraph has three or more and each opens like an item (a
 * chronology, "12 June 2022: …" line after line), else those that open with a bullet
 * or a number. Hard-wrapped prose has lines that open in lower case, and stays whole.
 */
function listLineStarts(body: string): Set<number> {
  const all = lines(body);
  if (all.length < 2) return new Set();
  const list = all.length >= 3 && all.every((line) => ITEM_START.test(body.slice(line.start, line.end)));
  return new Set(
    all
      .slice(1)
      .filter((line) => list || LIST_ITEM.test(body.slice(line.start, line.end)))
      .map((line) => line.start),
  );
}

export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const paragraph of paragraphs(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    const cuts = new Set<number>(listLineStarts(body));
    for (const match of body.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      const word = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(0, match.index - 12), match.index + 1))?.[1];
      if (match[0] === "." && word && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
      cuts.add(end);
    }
    let start = 0;
    for (const end of [...[...cuts].sort((a, b) => a - b), body.length]) {
      if (end <= start) continue;
      pushBounded(spans, text, paragraph.start + start, paragraph.start + end);
      start = end;
    }
  }
  return spans;
}

/** Pushes [start, end) as sentences of at most MAX_SENTENCE_CHARS, cut at a clause break, else a space, else anywhere. */
function pushBounded(spans: Span[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
    push(spans, text, start, cut);
    start = cut;
  }
  push(spans, text, start, end);
}

function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  const half = window.length / 2;
  const clause = Math.max(window.lastIndexOf(", "), window.lastIndexOf("; "), window.lastIndexOf(": "));
  if (clause >= half) return start + clause + 1;
  const space = window.search(/\s\S*$/);
  if (space >= half) return start + space;
  // never between the halves of a surrogate pair
  return /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trimmedEnd = start + slice.trimEnd().length;
  if (trimmedEnd > start + lead) spans.push({ start: start + lead, end: trimmedEnd });
}

/** The span among `spans` (sorted, disjoint) that contains `offset`. */
export function spanAt(spans: Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (span.end <= offset) low = mid + 1;
    else if (span.start > offset) high = mid - 1;
    else return span;
  }
  return undefined;
}

/** The longest first line read as a headline. */
const MAX_HEADLINE_CHARS = 200;

/**
 * The headline: a first paragraph of one short line that does not end like a sentence,
 * with more text after it. A headline repeats what the body says (and quotes it
 * without attribution), so quotes and dates are read from the body.
 */
export function headline(text: string): Span | null {
  const first = paragraphs(text.slice(0, MAX_HEADLINE_CHARS + 2))[0];
  if (!first || first.end - first.start > MAX_HEADLINE_CHARS) return null;
  const line = text.slice(first.start, first.end);
  if (
    line.includes("\n") ||
    /[.!:]["'”’»)]*$/.test(line) ||
    !/\n[ \t]*\n/.test(text.slice(first.end, first.end + 4)) ||
    text.trim().length <= line.length
  )
    return null;
  return first;
}
