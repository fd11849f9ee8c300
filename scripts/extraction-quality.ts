// Precision and recall of the extractor over every fixture in lib/extraction/fixtures,
// for quotes, speakers, events and sources: `npx tsx scripts/extraction-quality.ts`.
import { extractCandidates } from "@/lib/extraction/extract-candidates";
import { FIXTURES, fixtureText, HELD_OUT, type Fixture } from "@/lib/extraction/fixtures/expected";
import { addTallies, precision, recall, scoreCandidates, type Score, type Tally } from "@/lib/extraction/score";

const zero: Tally = { truePositives: 0, proposed: 0, expected: 0 };
const percent = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, t: Tally) =>
  `  ${name.padEnd(9)} precision ${percent(precision(t))}  recall ${percent(recall(t))}   (${t.truePositives} right of ${t.proposed} proposed, ${t.expected} expected)`;

function report(title: string, fixtures: Fixture[]): void {
  const total: Score = { quotes: zero, speakers: zero, events: zero, sources: zero };
  for (const fixture of fixtures) {
    const text = fixtureText(fixture);
    const score = scoreCandidates(text, extractCandidates(text, { publishedOn: new Date(`${fixture.publishedOn}T00:00:00Z`) }), fixture);
    console.log(fixture.name);
    for (const key of ["quotes", "speakers", "events", "sources"] as const) {
      console.log(row(key, score[key]));
      total[key] = addTallies(total[key], score[key]);
    }
  }
  console.log(title);
  for (const key of ["quotes", "speakers", "events", "sources"] as const) console.log(row(key, total[key]));
  console.log();
}

/**
 * The held-out table: what the extractor got right the first time it read each of the
 * six held-out articles of issue 20 (written, with their expectations, before any rule
 * was changed for them; the articles have not been edited since). Right / proposed /
 * expected, as printed by `report`. The first two held-out texts' first-sight figures
 * are in lib/extraction/fixtures/expected.ts.
 */
type FirstSight = Record<"quotes" | "speakers" | "events" | "sources", [right: number, proposed: number, expected: number]>;
export const FIRST_SIGHT: Record<string, FirstSight> = {
  "held-out-interview-glacier.txt": { quotes: [1, 3, 7], speakers: [1, 1, 7], events: [5, 8, 8], sources: [0, 0, 3] },
  "held-out-interview-bakery.txt": { quotes: [0, 1, 6], speakers: [0, 0, 6], events: [4, 12, 8], sources: [0, 0, 4] },
  "held-out-wire-bridge.txt": { quotes: [11, 11, 11], speakers: [5, 9, 11], events: [6, 11, 10], sources: [1, 1, 4] },
  "held-out-release-market.txt": { quotes: [6, 6, 6], speakers: [2, 6, 6], events: [5, 14, 12], sources: [0, 0, 4] },
  "held-out-opinion-water.txt": { quotes: [7, 7, 7], speakers: [6, 6, 7], events: [6, 9, 7], sources: [2, 2, 5] },
  "held-out-translated-statement.txt": { quotes: [0, 0, 5], speakers: [0, 0, 5], events: [4, 11, 11], sources: [0, 0, 3] },
};
/** A seventh article, written after the fixes to check them on text they had not seen: its first-sight figures. */
export const FIRST_SIGHT_AFTER_FIXES: Record<string, FirstSight> = {
  "held-out-fresh-hospital.txt": { quotes: [7, 7, 7], speakers: [4, 6, 7], events: [7, 7, 8], sources: [3, 4, 7] },
};
// first sight, all six: quotes 25 right of 28 proposed, 42 expected (precision 89.3%, recall 59.5%);
// speakers 14 of 42 (33.3%); events 30 right of 65 proposed, 56 expected (46.2%, 53.6%) — 44 of 56 (78.6%) if the
// "planned" flag, which the extractor did not have yet, is not asked for; sources 3 of 23 (13.0%).

/*
 * Issue 20, after the general fixes (the articles unchanged): quotes 42/42 proposed 42 (100%, 100%); speakers 42/42
 * (100%); events 56 right of 58 proposed, 56 expected (96.6%, 100%); sources 23 of 23 (100%), 24 proposed. The training
 * fixtures stay at 100% on every count (their gold now marks their five future events as planned). These are the same
 * texts the fixes were made against: the first-sight row is the honest measure of unseen text. The seventh article,
 * written after these fixes, read at first sight: quotes 7/7, speakers 4/7 (57%: "the organiser", a quote after
 * "…, which told"), events 7/8 (an event counted back from a date: "three weeks after an inspection"), sources 3/7
 * (hospitals, a newspaper named "Star", a campaign group); after general fixes for each, 7/7, 7/7, 8/8, 7/7.
 *
 * NLP libraries, measured on the eight held-out texts (2 cores shared by many jobs, load average about 17, so the
 * times are several times the machine's own; compare them with each other):
 *                            people who speak (23)  organisations (29)  2,000 words p50 / p99   load, heap
 *   our rules (whole extractor)       23                  29              195 / 422 ms         —
 *   compromise 14 people()/orgs()     21                   4 exact        483 / 1366 ms        1.2 s, +16 MB
 *   wink-nlp 2 + lite model           22 (PROPN runs)     17 (PROPN runs)  27 / 120 ms (POS and sentences only)  0.6 s, +19 MB
 * Sentences: ours 231, compromise 229 (every one ending where ours do), wink 244 (not compared one by one).
 * Kept: our rules. compromise is slower than the whole extractor for parsing alone and finds few organisations; wink's
 * lite model tags parts of speech fast but names no people or organisations, and its sentences are no better than
 * ours — neither would move a target, and each adds 16–19 MB of heap to every process that extracts.
 */

function firstSightTable(): void {
  const total: Score = { quotes: zero, speakers: zero, events: zero, sources: zero };
  for (const counts of Object.values(FIRST_SIGHT)) {
    for (const key of ["quotes", "speakers", "events", "sources"] as const) {
      const [truePositives, proposed, expected] = counts[key];
      total[key] = addTallies(total[key], { truePositives, proposed, expected });
    }
  }
  console.log("issue 20's six held-out articles at first sight (before any rule was changed for them)");
  for (const key of ["quotes", "speakers", "events", "sources"] as const) console.log(row(key, total[key]));
  console.log();
}

// The fixtures the rules were written against, then text they have not seen.
report("all fixtures (written with the rules)", FIXTURES);
report("held out (first-sight numbers in lib/extraction/fixtures/expected.ts and FIRST_SIGHT above; fixed since)", HELD_OUT);
report(
  "issue 20's six held-out articles now",
  HELD_OUT.filter((f) => f.file in FIRST_SIGHT),
);
report(
  "the article written after the fixes, now",
  HELD_OUT.filter((f) => f.file in FIRST_SIGHT_AFTER_FIXES),
);
firstSightTable();
