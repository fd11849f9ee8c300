// How the desk copes with pathological 1 MB documents (issue 14): each is read the way
// the server reads a long document, by lib/extraction/extract-process.ts in a separate
// process, while this process (standing in for the server) measures its own event
// loop with monitorEventLoopDelay. Prints time, the reading process's peak memory, the
// worst event-loop block here, and the same block with nothing running, as a baseline
// for a busy machine. `npx tsx scripts/bench/hostile-extraction.ts`, or `npm run bench -- --only text`.
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { runProcess } from "@/lib/extraction/read-in-background";

const MEGABYTE = 1024 * 1024;
const TEXTS: [string, string][] = [
  ["1 MB of “12 June 2022, ”", "12 June 2022, "],
  ['1 MB of “"Words here," said John Smith on Tuesday.”', '"Words here," said John Smith on Tuesday. '],
  ["1 MB chronology, one date a line", "12 June 2022: the council meets\n"],
];

export type HostileRow = {
  name: string;
  ms: number;
  peakMemoryMb: number | null;
  proposed: string;
  worstBlockMs: number;
  idleBlockMs: number;
};

async function worstBlock<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const value = await run();
  delay.disable();
  return { value, ms: delay.max / 1e6 };
}

export async function benchHostileExtraction(): Promise<HostileRow[]> {
  const rows: HostileRow[] = [];
  for (const [name, unit] of TEXTS) {
    const text = unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);
    const started = performance.now();
    const { value, ms } = await worstBlock(() => runProcess({ text, publishedOn: new Date("2022-07-14T00:00:00Z") }, () => undefined));
    const took = performance.now() - started;
    const idle = await worstBlock(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    const proposed =
      "candidates" in value
        ? `${value.candidates.quotes.length}q ${value.candidates.events.length}e of ${value.candidates.found.quotes}q ${value.candidates.found.events}e`
        : value.error.slice(0, 40);
    rows.push({
      name,
      ms: took,
      peakMemoryMb: "candidates" in value ? (value.peakMemoryMb ?? null) : null,
      proposed,
      worstBlockMs: ms,
      idleBlockMs: idle.ms,
    });
  }
  return rows;
}

export function hostileTable(rows: HostileRow[]): { head: string[]; body: string[][] } {
  return {
    head: ["pathological text (read by a separate process)", "ms", "peak MB", "proposed", "loop block ms", "idle block ms"],
    body: rows.map((r) => [
      r.name,
      r.ms.toFixed(0),
      r.peakMemoryMb === null ? "-" : String(r.peakMemoryMb),
      r.proposed,
      r.worstBlockMs.toFixed(0),
      r.idleBlockMs.toFixed(0),
    ]),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { head, body } = hostileTable(await benchHostileExtraction());
  console.log([head.join(" | "), ...body.map((r) => r.join(" | "))].join("\n"));
}
