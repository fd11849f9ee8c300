// How fast, and in how much memory, a captured page is read (Mozilla Readability over
// linkedom, lib/capture/read-page.ts): a 200 KB article page, in this process and in
// the separate process the server uses for pages over 64 KB. `npm run bench -- --only
// capture`, or `npx tsx scripts/bench/capture.ts`.
import { fileURLToPath } from "node:url";
import { bigArticlePage } from "@/lib/capture/fixture-server";
import { readInProcess } from "@/lib/capture/read-captured-page";
import { readPage } from "@/lib/capture/read-page";

const RUNS = 20;
const TARGET_MS = 1000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export type CaptureRow = { name: string; p50ms: number; p99ms: number; memoryMb: number; targetMs: number };

export async function benchCapture(): Promise<CaptureRow[]> {
  const html = bigArticlePage();
  const kb = Math.round(Buffer.byteLength(html) / 1024);
  readPage(html, "text/html", "https://ledger.example/long"); // warm up
  const times: number[] = [];
  let heapGrowth = 0;
  for (let run = 0; run < RUNS; run++) {
    const heap = process.memoryUsage().heapUsed;
    const start = performance.now();
    readPage(html, "text/html", "https://ledger.example/long");
    times.push(performance.now() - start);
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heap);
  }
  times.sort((a, b) => a - b);
  const spawned: number[] = [];
  let peakMemoryMb = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const outcome = await readInProcess({ body: html, contentType: "text/html", url: "https://ledger.example/long" });
    spawned.push(performance.now() - start);
    if ("error" in outcome) throw new Error(outcome.error);
    peakMemoryMb = Math.max(peakMemoryMb, outcome.peakMemoryMb);
  }
  spawned.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return [
    {
      name: `capture: read a ${kb} KB article page, in-process (heap growth)`,
      p50ms: round(percentile(times, 50)),
      p99ms: round(percentile(times, 99)),
      memoryMb: Math.round(heapGrowth / 1024 / 1024),
      targetMs: TARGET_MS,
    },
    {
      name: `capture: read a ${kb} KB article page, separate process (peak RSS)`,
      p50ms: round(percentile(spawned, 50)),
      p99ms: round(spawned.at(-1)!),
      memoryMb: peakMemoryMb,
      targetMs: TARGET_MS * 3,
    },
  ];
}

export function captureTable(rows: CaptureRow[]): { head: string[]; body: string[][] } {
  return {
    head: ["page capture", "p50 ms", "max ms", "memory MB", "target ms"],
    body: rows.map((r) => [r.name, r.p50ms.toFixed(1), r.p99ms.toFixed(1), String(r.memoryMb), String(r.targetMs)]),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await benchCapture())
    console.log(`${row.name}: p50 ${row.p50ms} ms, max ${row.p99ms} ms, ${row.memoryMb} MB (target ${row.targetMs} ms)`);
}
