// Paragraphs and sentences of a captured text, as offsets into it. A sentence ends
// at . ! or ? (with any closing quote marks or brackets after it) followed by a
// space and a capital, a digit or an opening quote mark — unless the period ends a
// common abbreviation ("Mr.", "Jan.", "U.S.") — and always at a paragraph break.
import type { Span } from "./types";

const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st gen lt col sgt capt cmdr adm gov sen rep rev jr sr no vs etc inc ltd corp co " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft e.g i.e a.m p.m u.s u.k u.n e.u").split(" "),
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

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;

export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const paragraph of paragraphs(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of body.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      const word = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(0, match.index - 12), match.index + 1))?.[1];
      if (match[0] === "." && word && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
      push(spans, text, paragraph.start + start, paragraph.start + end);
      start = end;
    }
    push(spans, text, paragraph.start + start, paragraph.end);
  }
  return spans;
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
