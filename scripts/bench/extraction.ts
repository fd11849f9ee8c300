// How fast the extractor reads a 2,000-word article (target: under 300 ms), measured
// rather than asserted: `npx tsx scripts/bench/extraction.ts`, or through
// benchExtraction() from `npm run bench`. The article is the fixtures put end to end
// until it is 2,000 words long, so every rule (quotes, Q&A turns, dates) has work to do.
import { fileURLToPath } from "node:url";
import { extractCandidates } from "@/lib/extraction/extract-candidates";
import { FIXTURES, fixtureText } from "@/lib/extraction/fixtures/expected";

const RUNS = 50;
const WORDS = 2_000;
const TARGET_MS = 300;

export function benchArticle(words = WORDS): string {
  const texts = FIXTURES.map(fixtureText);
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    for (const paragraph of texts[i % texts.length]!.split(/\n\s*\n/)) {
      const left = words - count;
      if (left <= 0) break;
      const kept = paragraph.split(/\s+/).filter(Boolean).slice(0, left);
      paragraphs.push(kept.join(" "));
      count += kept.length;
    }
  }
  return paragraphs.join("\n\n");
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export function benchExtraction(): { name: string; p50ms: number; p99ms: number; targetMs: number }[] {
  const text = benchArticle();
  const publishedOn = new Date("2022-07-14T00:00:00Z");
  const registry = Array.from({ length: 500 }, (_, i) => ({ id: String(i), name: `Registry source ${i}` }));
  extractCandidates(text, { publishedOn, registry }); // warm up: the first run also compiles
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    extractCandidates(text, { publishedOn, registry });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return [
    {
      name: `extraction of a ${WORDS.toLocaleString("en")}-word article`,
      p50ms: round(percentile(times, 50)),
      p99ms: round(percentile(times, 99)),
      targetMs: TARGET_MS,
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of benchExtraction()) console.log(`${row.name}: p50 ${row.p50ms} ms, p99 ${row.p99ms} ms (target ${row.targetMs} ms)`);
}
