// Who said a passage the editor selected in a document: the quote candidate whose
// quoted words the passage overlaps most, else the attributed candidate nearest to
// it in the text. A proposal only: the editor may change it before the quote is made.
import type { Span } from "./types";

export type SpeakerSource = {
  key: string;
  spans: Span[];
  speakerName: string;
  speakerTitle: string;
  speakerSourceId: string | null;
  saidOn: string | null;
  saidOnPrecision: string | null;
};

export type ProposedSpeaker = {
  /** the candidate the proposal comes from */
  candidateKey: string;
  /** "covering": the passage lies in (or overlaps) that candidate's words; "nearest": the closest attributed one */
  how: "covering" | "nearest";
  speakerName: string;
  speakerTitle: string;
  speakerSourceId: string | null;
  saidOn: string | null;
  saidOnPrecision: string | null;
};

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const distance = (a: Span, b: Span) => (overlap(a, b) > 0 ? 0 : a.end <= b.start ? b.start - a.end : a.start - b.end);

/** The proposal for `passage` from `candidates` (quote candidates of the same text), or null when none names a speaker. */
export function proposeSpeaker(candidates: readonly SpeakerSource[], passage: Span): ProposedSpeaker | null {
  const attributed = candidates.filter((c) => c.speakerName.trim() !== "" && c.spans.length > 0);
  let best: { candidate: SpeakerSource; covered: number; distance: number } | null = null;
  for (const candidate of attributed) {
    const covered = candidate.spans.reduce((sum, span) => sum + overlap(span, passage), 0);
    const near = Math.min(...candidate.spans.map((span) => distance(span, passage)));
    const better = !best || covered > best.covered || (covered === best.covered && near < best.distance);
    if (better) best = { candidate, covered, distance: near };
  }
  if (!best) return null;
  const { candidate } = best;
  return {
    candidateKey: candidate.key,
    how: best.covered > 0 ? "covering" : "nearest",
    speakerName: candidate.speakerName,
    speakerTitle: candidate.speakerTitle,
    speakerSourceId: candidate.speakerSourceId,
    saidOn: candidate.saidOn,
    saidOnPrecision: candidate.saidOnPrecision,
  };
}
