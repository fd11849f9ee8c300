// Is the quote in the text word for word? Its pieces between ellipses and brackets are
// found in order: after an ellipsis the next piece may start a few hundred characters
// on (the same passage, not anywhere in the document); a [bracketed] insertion stands
// for a short span or for nothing. Pieces start and end on word boundaries, except
// where a bracket is attached to a word ("[T]he").
import { EDGE, type ParsedQuote } from "./parse-quote";
import type { PreparedText } from "./quote-text";

/** How far on, in normalised characters, the next piece may start. */
export const OMISSION_GAP = 600;
export const INSERTION_GAP = 40;
/** indexOf calls one search may make: enough for any real quote, a stop for pathological ones. */
const BUDGET = 20_000;

export type VerbatimPiece = { start: number; end: number };
type Joint = { omission: boolean; insertions: string[] };
type Piece = { text: string; attachedLeft: boolean; attachedRight: boolean };

export type VerbatimMatch = {
  /** the pieces found, in order, as ranges of the normalised text */
  pieces: VerbatimPiece[];
  /** joints[i] comes before pieces[i]; joints[pieces.length] after the last */
  joints: Joint[];
  /** the passage, widened over the rest of a word a bracket is attached to */
  start: number;
  end: number;
};

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);

function cut(parsed: ParsedQuote): { pieces: Piece[]; joints: Joint[] } {
  const pieces: Piece[] = [];
  const joints: Joint[] = [{ omission: false, insertions: [] }];
  for (const part of parsed.parts) {
    const joint = joints[joints.length - 1]!;
    if (part.kind === "omission") joint.omission = true;
    else if (part.kind === "insertion") joint.insertions.push(part.text);
    else {
      const before = joint,
        after = { omission: false, insertions: [] };
      const leftBracket = before.insertions.length > 0 && !before.omission && !/^\s/.test(part.text);
      // Sentence punctuation is set aside where the quote starts or ends and around an omission.
      let text = part.text;
      text = leftBracket ? text : text.replace(EDGE.start, "");
      text = text.replace(/\s+$/, "");
      pieces.push({ text, attachedLeft: leftBracket, attachedRight: !/\s$/.test(part.text) });
      joints.push(after);
    }
  }
  // A piece's right edge is attached only when a bracket follows it directly.
  pieces.forEach((piece, i) => {
    const next = joints[i + 1]!;
    const bracketNext = next.insertions.length > 0 && !next.omission;
    piece.attachedRight &&= bracketNext;
    if (!bracketNext) piece.text = piece.text.replace(EDGE.end, "");
  });
  const kept = pieces.map((piece, i) => ({ piece, i })).filter(({ piece }) => piece.text);
  if (kept.length === pieces.length) return { pieces, joints };
  // A piece that was only punctuation joins its neighbouring joints.
  const merged: Joint[] = [joints[0]!];
  pieces.forEach((piece, i) => {
    const next = joints[i + 1]!;
    if (piece.text) return void merged.push(next);
    const joint = merged[merged.length - 1]!;
    joint.omission ||= next.omission;
    joint.insertions.push(...next.insertions);
  });
  return { pieces: kept.map(({ piece }) => piece), joints: merged };
}

export function matchVerbatim(doc: PreparedText, parsed: ParsedQuote): VerbatimMatch | null {
  const { pieces, joints } = cut(parsed);
  if (pieces.length === 0) return null;
  let budget = BUDGET;
  const fits = (piece: Piece, at: number) => {
    const end = at + piece.text.length;
    if (!piece.attachedLeft && isWordChar(piece.text[0]) && isWordChar(doc.text[at - 1])) return false;
    return piece.attachedRight || !isWordChar(piece.text.at(-1)) || !isWordChar(doc.text[end]);
  };
  const place = (i: number, from: number, limit: number): VerbatimPiece[] | null => {
    const piece = pieces[i]!;
    for (let at = doc.text.indexOf(piece.text, from); at >= 0 && at <= limit && budget-- > 0; at = doc.text.indexOf(piece.text, at + 1)) {
      if (!fits(piece, at)) continue;
      const found = { start: at, end: at + piece.text.length };
      if (i === pieces.length - 1) return [found];
      const gap = joints[i + 1]!.omission ? OMISSION_GAP : INSERTION_GAP;
      const rest = place(i + 1, found.end, found.end + gap + 1);
      if (rest) return [found, ...rest];
    }
    return null;
  };
  const found = place(0, 0, doc.text.length);
  if (!found) return null;
  let start = found[0]!.start;
  let end = found[found.length - 1]!.end;
  // "[T]he": the passage takes in the rest of the word the bracket stands in.
  if (pieces[0]!.attachedLeft) while (start > 0 && found[0]!.start - start < INSERTION_GAP && isWordChar(doc.text[start - 1])) start--;
  if (pieces.at(-1)!.attachedRight)
    while (end < doc.text.length && end - found.at(-1)!.end < INSERTION_GAP && isWordChar(doc.text[end])) end++;
  return { pieces: found, joints, start, end };
}
