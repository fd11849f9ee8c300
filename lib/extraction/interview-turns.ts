// An interview printed as questions and answers: lines that open with a label ("Q:",
// "A:", "FERREIRA:", "Ana Ferreira:"), each turn running on to the next label or
// blank line. Answers are what the interviewee said, quotation marks or not;
// questions are the interviewer's and are not proposed.
import type { Span } from "./types";

export type Turn = { label: string; words: Span; question: boolean };

const LABEL = /^(Q|A|Question|Answer|\p{Lu}[\p{L}.'’ -]{0,40}?)\s*[:—–]\s+/u;

function labelledLines(text: string): { label: string; words: Span }[] {
  const turns: { label: string; words: Span }[] = [];
  let current: { label: string; words: Span } | null = null;
  for (const line of text.matchAll(/[^\n]*/g)) {
    const content = line[0].trimEnd();
    const match = LABEL.exec(content);
    if (match) {
      current = { label: (match[1] ?? "").trim(), words: { start: line.index + match[0].length, end: line.index + content.length } };
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
    const count = counts.get(turn.label) ?? { turns: 0, questions: 0 };
    count.turns++;
    if (/\?["”’]?$/.test(text.slice(turn.words.start, turn.words.end))) count.questions++;
    counts.set(turn.label, count);
  }
  const recurring = [...counts].filter(([, count]) => count.turns >= 2);
  if (recurring.length < 2) return [];
  const asking = (label: string) => {
    if (/^(?:Q|Question)$/.test(label)) return true;
    if (/^(?:A|Answer)$/.test(label)) return false;
    const count = counts.get(label)!;
    return count.questions * 2 > count.turns;
  };
  return labelled.filter((turn) => (counts.get(turn.label)?.turns ?? 0) >= 2).map((turn) => ({ ...turn, question: asking(turn.label) }));
}
