// The captured text cut into pieces at every candidate's edges, so that the desk can
// show it exactly as stored with each candidate highlighted in place. Candidates may
// overlap (a date inside a quoted answer): a piece lists every candidate over it.
import type { Span } from "./types";

export type Highlight = { key: string; kind: "quote" | "label" | "event" | "source"; state: string; spans: Span[] };
export type TextPiece = {
  text: string;
  start: number;
  marks: { key: string; anchor: string; kind: Highlight["kind"]; state: string; first: boolean }[];
};

export function highlightCandidates(text: string, highlights: readonly Highlight[]): TextPiece[] {
  // one sweep over the edges, keeping which highlights are open: linear in the pieces, however many candidates
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  const at = (map: Map<number, number[]>, offset: number, index: number) => map.set(offset, [...(map.get(offset) ?? []), index]);
  highlights.forEach((h, index) => {
    for (const s of h.spans) {
      if (s.start < s.end && s.end <= text.length) {
        at(opening, s.start, index);
        at(closing, s.end, index);
      }
    }
  });
  const cuts = [...new Set([0, text.length, ...opening.keys(), ...closing.keys()])].sort((a, b) => a - b);
  const open = new Map<number, number>();
  const seen = new Set<string>();
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    for (const index of closing.get(start) ?? []) {
      const left = open.get(index)! - 1;
      if (left === 0) open.delete(index);
      else open.set(index, left);
    }
    for (const index of opening.get(start) ?? []) open.set(index, (open.get(index) ?? 0) + 1);
    const marks = [...open.keys()]
      .sort((a, b) => a - b)
      .map((index) => {
        const h = highlights[index]!;
        const first = !seen.has(h.key);
        seen.add(h.key);
        return { key: h.key, anchor: candidateAnchor(h.key), kind: h.kind, state: h.state, first };
      });
    pieces.push({ text: text.slice(start, cuts[i + 1]!), start, marks });
  }
  return pieces;
}

/** A candidate key as an element id: "quote:412-430" → "candidate-quote-412-430". */
export function candidateAnchor(key: string): string {
  return `candidate-${key.replace(/[^\p{L}\p{N}-]+/gu, "-")}`;
}
