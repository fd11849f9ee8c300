// The text side of quote verification: how a document's captured text and a quote's
// words are normalised, cut into tokens, and mapped back to the original text.
// Typography is set aside — curly and straight quote marks, apostrophes, dashes and
// every kind of whitespace compare equal, and accents compare in NFC — but letters,
// case and punctuation are kept: they are the words.

// Every quote mark, single or double, is one character: a quote nested in a quote
// may be typeset either way. An apostrophe is the same character as a single quote.
const SUBSTITUTIONS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A"]/g, "'"],
  [/[\u2010-\u2015\u2212]/g, "-"],
  // \s covers the non-breaking, thin, narrow and ideographic spaces; zero-width ones are dropped.
  [/[\u200B-\u200D\u2060\uFEFF]/g, ""],
  [/\s+/g, " "],
];

export function normaliseForMatching(text: string): string {
  let out = text.normalize("NFC");
  for (const [pattern, replacement] of SUBSTITUTIONS) out = out.replace(pattern, replacement);
  return out.trim();
}

/** A word (letters, digits, inner apostrophes) or one punctuation mark, in normalised text. */
export type Token = { text: string; start: number; end: number; word: boolean };

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

export function tokenize(normalised: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of normalised.matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, word: WORD_START.test(m[0]) });
  }
  return tokens;
}

/**
 * A document's captured text made ready for matching: the normalised text, the span of
 * the original each of its code units stands for, its tokens, and where each word occurs.
 */
export type PreparedText = {
  original: string;
  text: string;
  from: number[];
  to: number[];
  tokens: Token[];
  /** lower-cased word → indexes into `tokens` */
  words: Map<string, number[]>;
};

/** Pieces of the original that normalise on their own: code points, or a base with its combining marks. */
function* pieces(original: string): Generator<{ text: string; start: number }> {
  if (original.normalize("NFC") === original) {
    let start = 0;
    for (const char of original) {
      yield { text: char, start };
      start += char.length;
    }
    return;
  }
  for (const m of original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) yield { text: m[0], start: m.index };
}

const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFEFF]+$/;

function prepare(original: string): PreparedText {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const mapped = new Map<string, string>();
  for (const piece of pieces(original)) {
    const end = piece.start + piece.text.length;
    let replacement = mapped.get(piece.text);
    if (replacement === undefined) {
      const nfc = piece.text.normalize("NFC");
      replacement = ZERO_WIDTH.test(nfc) ? "" : /^\s+$/.test(nfc) ? " " : normaliseForMatching(nfc);
      mapped.set(piece.text, replacement);
    }
    if (replacement === " ") {
      // A run of whitespace is one space, standing for the whole run.
      if (out.length === 0) continue;
      if (out[out.length - 1] === " ") to[to.length - 1] = end;
      else {
        out.push(" ");
        from.push(piece.start);
        to.push(end);
      }
      continue;
    }
    for (const char of replacement) {
      out.push(char);
      from.push(piece.start);
      to.push(end);
    }
  }
  const text = out.join("");
  const tokens = tokenize(text);
  const words = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    if (!token.word) return;
    const key = token.text.toLowerCase();
    const list = words.get(key);
    if (list) list.push(index);
    else words.set(key, [index]);
  });
  return { original, text, from, to, tokens, words };
}

// Verifying a brief's quotes checks many quotes against the same few documents: the
// last documents prepared are kept, keyed by their text, so each is prepared once.
const prepared = new Map<string, PreparedText>();
const KEEP = 8;

export function prepareText(original: string): PreparedText {
  const hit = prepared.get(original);
  if (hit) return hit;
  const fresh = prepare(original);
  if (prepared.size >= KEEP) prepared.delete(prepared.keys().next().value!);
  prepared.set(original, fresh);
  return fresh;
}

/** The original offsets of the normalised range [start, end). */
export function originalRange(doc: PreparedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: doc.from[start] ?? doc.original.length, end: doc.from[start] ?? doc.original.length };
  return { start: doc.from[start]!, end: doc.to[end - 1]! };
}

export function originalSlice(doc: PreparedText, start: number, end: number): string {
  const range = originalRange(doc, start, end);
  return doc.original.slice(range.start, range.end);
}
