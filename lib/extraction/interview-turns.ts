// An interview printed as questions and answers: paragraphs that open with a label
// ("Q:", "A:", "FERREIRA:", "Ana Ferreira:"). Answers are what the interviewee said,
// quotation marks or not; questions are the interviewer's and are not proposed.
import { paragraphs } from "./segment";
import type { Span } from "./types";

export type Turn = { label: string; words: Span; question: boolean };

const LABEL = /^(Q|A|Question|Answer|\p{Lu}[\p{L}.'’ -]{0,40}?)\s*[:—–]\s+/u;

/** The Q&A turns of an interview, or [] when the text is not one. */
export function interviewTurns(text: string): Turn[] {
  const labelled: { label: string; words: Span }[] = [];
  for (const paragraph of paragraphs(text)) {
    const match = LABEL.exec(text.slice(paragraph.start, paragraph.end));
    if (match) labelled.push({ label: match[1].trim(), words: { start: paragraph.start + match[0].length, end: paragraph.end } });
  }
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
