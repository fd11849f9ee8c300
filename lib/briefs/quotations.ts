// The passages of a brief's body in quotation marks, and the markers that source each:
// the markers written right after its closing mark (or inside it), else the other
// markers of its sentence (DESIGN rule 7). A pure, linear scan of the Markdown, so the
// editor's preview and the submit checks read the body alike.
//
// Marks: straight " and ', English “ ” ‘ ’, German „ “ ‚ ‘, Polish „ ”, French « » and
// ‹ ›. A single straight or curly mark inside a word is an apostrophe, never a quote.
// A quotation nested in another is part of the outer one; a quotation never runs past
// the end of its paragraph. Code, link targets and HTML tags are not prose.
import { findCitationMarkers, type CitationMarker } from "./citations";

export type Quotation = {
  /** offset of the opening mark, and just after the closing mark */
  start: number;
  end: number;
  /** the words between the marks, with any marker inside them left out */
  text: string;
  words: number;
  /** markers right after the closing mark, or inside the marks */
  attached: CitationMarker[];
  /** the other markers of its sentence that no other quotation has attached */
  sentence: CitationMarker[];
  /** an [@nq] follows it: the editor says it is not a quotation */
  notQuotation: boolean;
};

const CLOSERS: Record<string, string> = {
  '"': '"',
  "\u201C": "\u201D",
  "\u201E": "\u201C\u201D",
  "\u00AB": "\u00BB",
  "\u2039": "\u203A",
  "'": "'",
  "\u2018": "\u2019",
  "\u201A": "\u2018\u2019",
};
const QUOTE_CHARS = new Set([...Object.keys(CLOSERS), ...Object.values(CLOSERS).join("")]);
const FRENCH = new Set(["\u00AB", "\u00BB", "\u2039", "\u203A"]);
const SINGLE = new Set(["'", "\u2018", "\u2019", "\u201A"]);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_AFTER = /[([{<\u2014\u2013\-/:]/;

/** Code, link targets, autolinks and HTML tags, blanked to spaces so that offsets stay. */
function maskNonProse(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\n]*\)/g, (m) => "]" + blank(m.slice(1)))
    .replace(/<[^>\n]*>/g, blank);
}

function canOpen(text: string, i: number): boolean {
  const c = text[i]!,
    prev = text[i - 1],
    next = text[i + 1];
  // French sets a space inside « and ‹.
  if (!(c in CLOSERS) || (isSpace(next) && !FRENCH.has(c))) return false;
  if (isLetter(prev)) return false;
  if (!(isSpace(prev) || OPEN_AFTER.test(prev!) || QUOTE_CHARS.has(prev!) || prev === "*" || prev === "_")) return false;
  return !SINGLE.has(c) || isLetter(next) || QUOTE_CHARS.has(next!) || next === "\u2026" || next === "[" || next === ".";
}

function canClose(text: string, i: number): boolean {
  const prev = text[i - 1],
    next = text[i + 1];
  if (isSpace(prev) && !FRENCH.has(text[i]!)) return false;
  return !isLetter(next);
}

/** The outermost quotations, as ranges of the body: [opening mark, closing mark]. */
function scan(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let stack: { char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" && /^\n[ \t]*\n/.test(text.slice(i, i + 64))) {
      stack = [];
      continue;
    }
    if (!QUOTE_CHARS.has(c)) continue;
    // The innermost open quotation this mark can close; unclosed ones inside it were apostrophes.
    const closes = stack.findLastIndex((open) => CLOSERS[open.char]!.includes(c));
    if (closes >= 0 && canClose(text, i)) {
      const open = stack[closes]!;
      stack = stack.slice(0, closes);
      if (stack.length === 0) found.push({ start: open.at, end: i + 1 });
      continue;
    }
    if (canOpen(text, i)) stack.push({ char: c, at: i });
  }
  return found;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Jr|Sr|vs|etc|e\.g|i\.e|No|[A-Z])$/;
const MARKERS_AFTER = /^[ \t]*(?:\[@(?:[qedc]\d+|nq)\][ \t]*)+/;

/** Offsets where a sentence ends (after any markers that follow its full stop). */
function sentenceEnds(text: string, quotations: { start: number; end: number }[]): number[] {
  const ends: number[] = [];
  let q = 0;
  for (let i = 0; i < text.length; i++) {
    while (q < quotations.length && quotations[q]!.end <= i) q++;
    const inside = q < quotations.length && quotations[q]!.start <= i && i < quotations[q]!.end;
    const c = text[i]!;
    if (c === "\n") {
      const line = text.slice(i + 1, i + 12);
      if (/^[ \t]*(\n|#|[-*+>] |\d+[.)] )/.test(line)) ends.push(i);
      continue;
    }
    const closesQuotation = inside && quotations[q]!.end === i + 2 && /[.!?]/.test(c);
    if (!/[.!?]/.test(c) || (inside && !closesQuotation)) continue;
    if (c === "." && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
    let j = closesQuotation ? i + 2 : i + 1;
    while (j < text.length && /[)\]]/.test(text[j]!) && text[j - 1] !== "@") j++;
    const markers = MARKERS_AFTER.exec(text.slice(j));
    if (markers) j += markers[0].length;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    ends.push(j);
  }
  return ends;
}

export function findQuotations(body: string): Quotation[] {
  const text = maskNonProse(body);
  const ranges = scan(text);
  const markers = findCitationMarkers(text);
  const nq = [...text.matchAll(/\[@nq\]/g)].map((m) => m.index);
  const attachedTo = new Map<CitationMarker, number>();
  const quotations = ranges.map(({ start, end }, n) => {
    const inside = markers.filter((m) => m.index > start && m.index < end);
    const after = MARKERS_AFTER.exec(text.slice(end).replace(/^[.,;:!?)]+/, (p) => " ".repeat(p.length)));
    const limit = end + (after?.[0].length ?? 0);
    const following = after ? markers.filter((m) => m.index >= end && m.index < limit) : [];
    const attached = [...inside, ...following];
    for (const m of attached) attachedTo.set(m, n);
    let words = body.slice(start + 1, end - 1);
    for (const m of [...inside].reverse())
      words = words.slice(0, m.index - start - 1) + words.slice(m.index - start - 1 + m.ref.length + 3);
    const plain = words.replace(/\s+/g, " ").trim();
    return {
      start,
      end,
      text: plain,
      words: plain.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu)?.length ?? 0,
      attached,
      sentence: [] as CitationMarker[],
      notQuotation: nq.some((at) => at >= end && at < limit),
    };
  });
  const ends = sentenceEnds(text, ranges);
  for (const quotation of quotations) {
    const from = ends.findLast((at) => at <= quotation.start) ?? 0;
    const to = ends.find((at) => at >= quotation.end) ?? text.length;
    quotation.sentence = quotation.attached.length ? [] : markers.filter((m) => m.index >= from && m.index < to && !attachedTo.has(m));
  }
  return quotations;
}
