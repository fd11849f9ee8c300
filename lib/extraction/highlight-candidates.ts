// The captured text cut into pieces at every candidate's edges, so that the desk can
// show it exactly as stored with each candidate highlighted in place. Candidates may
// overlap (a date inside a quoted answer): a piece lists every candidate over it.
import type { Span } from "./types";

export type Highlight = { key: string; kind: "quote" | "label" | "event" | "source"; state: string; spans: Span[] };
export type TextPiece = { text: string; start: number; marks: { key: string; anchor: string; kind: Highlight["kind"]; state: string; first: boolean }[] };

export function highlightCandidates(text: string, highlights: readonly Highlight[]): TextPiece[] {
  const edges = new Set([0, text.length]);
  for (const h of highlights) for (const s of h.spans) if (s.start < s.end && s.end <= text.length) edges.add(s.start).add(s.end);
  const cuts = [...edges].sort((a, b) => a - b);
  const seen = new Set<string>();
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const marks = highlights
      .filter((h) => h.spans.some((s) => s.start <= start && end <= s.end))
      .map((h) => {
        const first = !seen.has(h.key);
        seen.add(h.key);
        return { key: h.key, anchor: candidateAnchor(h.key), kind: h.kind, state: h.state, first };
      });
    pieces.push({ text: text.slice(start, end), start, marks });
  }
  return pieces;
}

/** A candidate key as an element id: "quote:412-430" → "candidate-quote-412-430". */
export function candidateAnchor(key: string): string {
  return `candidate-${key.replace(/[^\p{L}\p{N}-]+/gu, "-")}`;
}
