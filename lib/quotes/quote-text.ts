// The text side of quote verification: how a document's captured text and a quote's
// words are normalised, cut into tokens, and mapped back to the original text.
// Typography is set aside — curly and straight quote marks, apostrophes, dashes and
// every kind of whitespace compare equal, and accents compare in NFC — but letters,
// case and punctuation are kept: they are the words.

// Every quote mark, single or double, is one character: a quote nested in a quote
// may be typeset either way. An apostrophe is the same character as a single quote.
const QUOTE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A"]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const ZERO_WIDTHS = /[\u200B-\u200D\u2060\uFEFF]/g;
const SUBSTITUTIONS: [RegExp, string][] = [
  [QUOTE_MARKS, "'"],
  [DASHES, "-"],
  // \s covers the non-breaking, thin, narrow and ideographic spaces; zero-width ones are dropped.
  [ZERO_WIDTHS, ""],
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
  const pattern = new RegExp(TOKEN);
  for (let m = pattern.exec(normalised); m; m = pattern.exec(normalised)) {
    const text = m[0];
    // One punctuation mark is one code unit; a word starts with a letter, digit or mark.
    const word = text.length > 2 || WORD_START.test(text);
    tokens.push({ text, start: offset + m.index, end: offset + m.index + text.length, word });
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
  from: ArrayLike<number>;
  to: ArrayLike<number>;
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

const isZeroWidth = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;

/**
 * The common case, text already in NFC: quote marks and dashes are replaced one code
 * unit for one, so only dropped zero-width characters and whitespace runs move offsets.
 */
function normaliseNfc(original: string): Pick<PreparedText, "text" | "from" | "to"> {
  const mapped = original.replace(QUOTE_MARKS, "'").replace(DASHES, "-");
  const text = mapped.replace(ZERO_WIDTHS, "").replace(/\s+/g, " ").trim();
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  let i = 0;
  const skip = (space: boolean) => {
    for (let c = mapped.charCodeAt(i); i < mapped.length && (isZeroWidth(c) || (space && isSpace(c))); c = mapped.charCodeAt(++i));
  };
  skip(true);
  for (let j = 0; j < text.length; j++) {
    skip(false);
    from[j] = i;
    if (text.charCodeAt(j) === 32) {
      i++;
      skip(true);
    } else i++;
    to[j] = i;
  }
  return { text, from, to };
}

function prepare(original: string): PreparedText {
  const { text, from, to } = original.normalize("NFC") === original ? normaliseNfc(original) : normaliseAny(original);
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

/** Any text: piece by piece, each piece normalised on its own. */
function normaliseAny(original: string): Pick<PreparedText, "text" | "from" | "to"> {
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
  return { text: out.join("").trimEnd(), from, to };
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
