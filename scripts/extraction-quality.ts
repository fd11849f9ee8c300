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

// The fixtures the rules were written against, then text they have not seen.
report("all fixtures (written with the rules)", FIXTURES);
report("held out (first-sight numbers in lib/extraction/fixtures/expected.ts; fixed since)", HELD_OUT);
