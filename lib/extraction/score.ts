// Precision and recall of the extractor against what an editor expects (fixtures/expected.ts):
// a quote counts when its words (quote marks, case and end punctuation set aside) and
// its kind match; a speaker when the matched quote names the expected speaker; an
// event when its sentence holds the expected words and its date, precision and planned
// flag (a future event the text dates) match.
import { normaliseSourceName } from "./match-source";
import type { Candidates, EventCandidate, QuoteCandidate } from "./types";

export type Expected = {
  quotes: { text: string; speaker: string; kind?: "quote" | "label" }[];
  events: { in: string; date: string; precision: string; dateEnd?: string; planned?: boolean }[];
  sources: string[];
};
export type Tally = { truePositives: number; proposed: number; expected: number };
export type Score = { quotes: Tally; speakers: Tally; events: Tally; sources: Tally };

const words = (text: string) =>
  text
    .normalize("NFC")
    .replace(/[’‘]/g, "'")
    .replace(/[“”"]/g, "")
    .replace(/[\s.,;:!?]+$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

export function quoteMatches(candidate: QuoteCandidate, expected: Expected["quotes"][number]): boolean {
  return words(candidate.text) === words(expected.text) && candidate.kind === (expected.kind ?? "quote");
}

export function eventMatches(text: string, candidate: EventCandidate, expected: Expected["events"][number]): boolean {
  const sentence = text.slice(candidate.sentence.start, candidate.sentence.end);
  return (
    (sentence.includes(expected.in) || candidate.description.includes(expected.in)) &&
    candidate.date === expected.date &&
    candidate.precision === expected.precision &&
    (candidate.dateEnd ?? undefined) === expected.dateEnd &&
    ((candidate as { planned?: boolean }).planned ?? false) === (expected.planned ?? false)
  );
}

export function scoreCandidates(text: string, candidates: Candidates, expected: Expected): Score {
  const matchedQuotes = expected.quotes.map((e) => ({ e, c: candidates.quotes.find((c) => quoteMatches(c, e)) }));
  const rightSpeakers = matchedQuotes.filter(({ e, c }) => c && words(c.speakerName) === words(e.speaker)).length;
  const usedEvents = new Set<EventCandidate>();
  let eventHits = 0;
  for (const e of expected.events) {
    const c = candidates.events.find((c) => !usedEvents.has(c) && eventMatches(text, c, e));
    if (c) {
      usedEvents.add(c);
      eventHits++;
    }
  }
  return {
    quotes: {
      truePositives: matchedQuotes.filter((m) => m.c).length,
      proposed: candidates.quotes.length,
      expected: expected.quotes.length,
    },
    speakers: {
      truePositives: rightSpeakers,
      proposed: candidates.quotes.filter((c) => c.speakerName !== "").length,
      expected: expected.quotes.length,
    },
    events: { truePositives: eventHits, proposed: candidates.events.length, expected: expected.events.length },
    sources: {
      truePositives: new Set(
        expected.sources.map(normaliseSourceName).filter((name) => candidates.sources.some((s) => normaliseSourceName(s.name) === name)),
      ).size,
      proposed: candidates.sources.length,
      expected: expected.sources.length,
    },
  };
}

export function addTallies(a: Tally, b: Tally): Tally {
  return { truePositives: a.truePositives + b.truePositives, proposed: a.proposed + b.proposed, expected: a.expected + b.expected };
}

export const precision = (t: Tally) => (t.proposed === 0 ? 1 : t.truePositives / t.proposed);
export const recall = (t: Tally) => (t.expected === 0 ? 1 : t.truePositives / t.expected);
