// A quote as an editor writes it: the words, where an ellipsis (… or ...) stands for
// words left out, and [square-bracketed] editorial insertions. A bracketed ellipsis
// ([…]) is an omission too, not an insertion.
import { normaliseForMatching } from "./quote-text";

export type QuotePart = { kind: "text"; text: string } | { kind: "omission" } | { kind: "insertion"; text: string };

export type ParsedQuote = {
  /** the whole quote, normalised */
  normalised: string;
  /** in order; text parts keep their surrounding spaces, which say whether a bracket is attached to a word */
  parts: QuotePart[];
  /** the bracketed words, without their brackets */
  insertions: string[];
};

const MARKER = /\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|…|\.(?:\s?\.){2,}|\[([^\][]*)\]/g;

export function parseQuote(quote: string): ParsedQuote {
  const normalised = normaliseForMatching(quote);
  const parts: QuotePart[] = [];
  const insertions: string[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (text) parts.push({ kind: "text", text });
  };
  for (const m of normalised.matchAll(MARKER)) {
    pushText(normalised.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] === undefined) {
      if (parts.at(-1)?.kind !== "omission") parts.push({ kind: "omission" });
      continue;
    }
    const inserted = m[1].trim();
    if (!inserted) continue;
    insertions.push(inserted);
    parts.push({ kind: "insertion", text: inserted });
  }
  pushText(normalised.slice(last));
  return { normalised, parts, insertions };
}

/**
 * Sentence punctuation at an edge of the quoted words belongs to the sentence that
 * quotes them (a full stop where the speaker went on, a comma before "he said"), so it
 * is set aside there. Signs that carry meaning (%, $, …) are kept.
 */
export const EDGE = { start: /^[\s.,;:!?'()-]+/, end: /[\s.,;:!?'()-]+$/ };

export function hasMarkers(parsed: ParsedQuote): boolean {
  return parsed.parts.some((part) => part.kind !== "text");
}
