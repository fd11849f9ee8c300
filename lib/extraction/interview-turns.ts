// An interview printed as questions and answers: lines that open with a label ("Q:",
// "A:", "FERREIRA:", "Ana Ferreira:", "**Halvorsen:**", "— IBARRA:"), each turn
// running on to the next label or blank line. Answers are what the interviewee said,
// quotation marks or not; questions are the interviewer's and are not proposed.
// "Ingrid Halvorsen:" then "Halvorsen:" are one speaker: labels are counted by their
// last word.
import type { Span } from "./types";

export type Turn = { label: string; words: Span; question: boolean };

/** The longest line read for a label: a label opens its line. */
const LABEL_WINDOW = 80;
// an optional dash and bold or underscore marks, the label, a colon (inside or outside the marks)
const LABEL =
  /^[ \t]*(?:[—–-][ \t]*)?(?:\*\*|__)?[ \t]*(Q|A|Question|Answer|\p{Lu}[\p{L}.'’ -]{0,40}?)[ \t]*(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:|:|[—–])[ \t]+/u;

/** The label of a line that opens a turn, and where its words start, or null. */
export function turnLabel(line: string): { label: string; length: number } | null {
  const match = LABEL.exec(line.slice(0, LABEL_WINDOW));
  if (!match) return null;
  const label = (match[1] ?? "").trim();
  // "In May: …" or "Note: …" open prose, not a turn: a label has at most five words
  if (label.split(/\s+/).length > 5) return null;
  return { label, length: match[0].length };
}

/** "Ingrid Halvorsen", "HALVORSEN" and "Halvorsen" are one speaker. */
export function labelKey(label: string): string {
  return (label.split(/\s+/).at(-1) ?? label).toLowerCase();
}

function labelledLines(text: string): { label: string; words: Span }[] {
  const turns: { label: string; words: Span }[] = [];
  let current: { label: string; words: Span } | null = null;
  for (const line of text.matchAll(/[^\n]*/g)) {
    const content = line[0].trimEnd();
    const match = turnLabel(content);
    if (match) {
      current = { label: match.label, words: { start: line.index + match.length, end: line.index + content.length } };
      turns.push(current);
    } else if (content.trim() === "") current = null;
    else if (current) current.words.end = line.index + content.length;
  }
  return turns;
}

/** The Q&A turns of an interview, or [] when the text is not one. */
export function interviewTurns(text: string): Turn[] {
  const labelled = labelledLines(text);
  const counts = new Map<string, { turns: number; questions: number }>();
  for (const turn of labelled) {
    const key = labelKey(turn.label);
    const count = counts.get(key) ?? { turns: 0, questions: 0 };
    count.turns++;
    if (/\?["”’]?$/.test(text.slice(turn.words.start, turn.words.end))) count.questions++;
    counts.set(key, count);
  }
  const recurring = [...counts].filter(([, count]) => count.turns >= 2);
  if (recurring.length < 2) return [];
  const asking = (label: string) => {
    if (/^(?:Q|Question)$/.test(label)) return true;
    if (/^(?:A|Answer)$/.test(label)) return false;
    const count = counts.get(labelKey(label))!;
    return count.questions * 2 > count.turns;
  };
  return labelled
    .filter((turn) => (counts.get(labelKey(turn.label))?.turns ?? 0) >= 2)
    .map((turn) => ({ ...turn, question: asking(turn.label) }));
}
