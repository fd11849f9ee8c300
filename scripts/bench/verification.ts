// Benchmark: verifying a brief's 50 quotes against a 2,000-word article (issue 7: under
// 50 ms). The article is the fixture followed by varied paragraphs made from it — its
// sentences shuffled, with countries, leaders and numbers swapped — so words repeat the
// way they do in a long article. The quotes mix verbatim ones, ones with an ellipsis or
// a bracket, altered ones and ones found nowhere. Each of the runs matches all 50 with
// the rich result (passage and word diff), against an article the matcher has not seen
// before (a run number at its end), so preparing the text is timed every time.
import { readFileSync } from "node:fs";
import { matchQuote } from "@/lib/quotes/match-quote";
import { random } from "./seed-published-briefs";

const RUNS = 200;
/** Unrecorded runs first, so the timings are of compiled code, not of the JIT warming up. */
const WARM_UP = 20;
const TARGET_MS = 50;
const WORDS = 2_000;

const COUNTRIES = ["Georgia", "Moldova", "Belarus", "Armenia", "Syria", "Iran", "Venezuela", "Cuba", "Serbia", "Hungary", "Mali", "Laos"];
const LEADERS = ["the president", "the prime minister", "the foreign minister", "the head of state", "the defence minister"];
const ALIEN = [
  "The harvest this year was the best in a decade, farmers in the valley said on Tuesday.",
  "Shipping costs fell sharply after the canal reopened to container traffic.",
  "The orchestra will tour twelve cities next spring, its director announced.",
  "Rainfall in the north was well above the seasonal average for the third month running.",
];

function buildArticle(next: () => number): string {
  const fixture = readFileSync(new URL("../../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentences = fixture.split(/(?<=[.”])\s+/).filter((s) => s.split(/\s+/).length > 4);
  const paragraphs = [fixture];
  let words = fixture.split(/\s+/).length;
  while (words < WORDS) {
    const [a, b, c] = [pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)];
    const paragraph = Array.from({ length: 3 }, () => pick(sentences))
      .map((s) =>
        s
          .replace(/North Korea/g, a)
          .replace(/Ukraine/g, b)
          .replace(/Russia/g, c)
          .replace(/Kim Jong[- ]Un|Putin/g, pick(LEADERS))
          .replace(/\b20\d\d\b/g, () => String(2000 + Math.floor(next() * 26))),
      )
      .join(" ");
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return paragraphs.join("\n\n");
}

function buildQuotes(article: string, next: () => number): string[] {
  const words = article.split(/\s+/);
  const stretch = (length: number) => {
    const at = Math.floor(next() * (words.length - length));
    return words.slice(at, at + length);
  };
  const quotes: string[] = [];
  for (let i = 0; i < 50; i++) {
    const length = 6 + Math.floor(next() * 25);
    const taken = stretch(length);
    switch (i % 5) {
      case 0:
        quotes.push(taken.join(" "));
        break;
      case 1:
        quotes.push([...taken.slice(0, 4), "…", ...taken.slice(-4)].join(" "));
        break;
      case 2:
        quotes.push(["[they]", ...taken.slice(1)].join(" "));
        break;
      case 3: {
        const altered = [...taken];
        altered[Math.floor(length / 2)] = "reportedly";
        altered.splice(2, 1);
        quotes.push(altered.join(" "));
        break;
      }
      default:
        quotes.push(ALIEN[i % ALIEN.length]!);
    }
  }
  return quotes;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export function benchVerification(): { name: string; p50ms: number; p99ms: number; targetMs: number }[] {
  const next = random(7);
  const article = buildArticle(next);
  const quotes = buildQuotes(article, next);
  const times: number[] = [];
  for (let run = -WARM_UP; run < RUNS; run++) {
    const text = `${article}\n\n(${run})`;
    const started = performance.now();
    for (const quote of quotes) matchQuote(quote, text);
    if (run >= 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return [
    {
      name: `verify 50 quotes against a ${WORDS.toLocaleString("en")}-word article`,
      p50ms: round(percentile(times, 50)),
      p99ms: round(percentile(times, 99)),
      targetMs: TARGET_MS,
    },
  ];
}
