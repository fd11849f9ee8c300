// `npm run bench`: how fast readers are served, measured rather than asserted.
// Seeds a throwaway database with published briefs (10,000 by default), starts the
// production server on 127.0.0.1, and loads it with autocannon: a brief page, the
// home page, a search, and — in the same run, as the yardstick — a static HTML file
// of the brief page's size served by the same Next server. Prints requests/s, p50
// and p99 latency for each, and each as a ratio of the static file.
//
//   npm run bench                                   10,000 briefs, every target
//   npm run bench -- --briefs 100000 --only search  search at 100,000 briefs
//   npm run bench -- --only text                    extraction and quote verification only
//   npm run bench -- --only hostile                 Markdown and search on hostile bodies only
//   npm run bench -- --only capture                 reading a 200 KB captured page: time and memory
//   options: --briefs N  --duration seconds (10)  --connections N (32)  --only a,b
import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createDb } from "@/lib/db/client";
import { createTestDatabase } from "@/lib/db/test-database";
import { seedDemo } from "@/prisma/seed/demo";
import { buildIfNeeded } from "./build-if-needed";
import { benchExtraction } from "./bench/extraction";
import { benchCapture, captureTable } from "./bench/capture";
import { benchIndexing, benchRendering } from "./bench/pathological";
import { benchHostileExtraction, hostileTable as hostileExtractionTable } from "./bench/hostile-extraction";
import { seedPublishedBriefs } from "./bench/seed-published-briefs";
import { startServer, stopServer, waitForServer } from "./bench/server";
import { benchVerification } from "./bench/verification";

const { values: args } = parseArgs({
  options: {
    briefs: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "32" },
    only: { type: "string" },
    port: { type: "string", default: "3900" },
  },
});
const briefCount = Number(args.briefs);
const port = Number(args.port);
const origin = `http://127.0.0.1:${port}`;
const log = (message: string) => console.log(`[bench] ${message}`);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// Words readers search for: a country, a phrase, an either-or, an exclusion.
const SEARCHES = ["sanctions", "georgia recognition", "\"strongly condemns\"", "treaty or sovereignty", "diplomatic -syria", "state media moldova"];
const STATIC_PATH = "/bench-static.html";

/** `connections` overrides --connections: a search is also measured one request at a time. */
type Target = { name: string; path: (i: number) => string; connections?: number };

async function load(target: Target, duration: number) {
  let i = 0;
  const result = await autocannon({
    url: origin,
    connections: target.connections ?? Number(args.connections),
    duration,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: target.path(i++) }) }],
  });
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    mb: result.throughput.average / 1e6,
  };
}

function table(rows: Awaited<ReturnType<typeof load>>[]) {
  const base = rows.find((r) => r.name.startsWith("static"));
  printTable(
    ["target", "req/s", "p50 ms", "p99 ms", "errors", "MB/s", "vs static"],
    rows.map((r) => [
      r.name, r.rps.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), String(r.errors), r.mb.toFixed(1),
      base ? `${(r.rps / base.rps).toFixed(2)}x` : "-",
    ]),
  );
}

/** The desk's text work, in-process: extraction of a 2,000-word article, verification of 50 quotes. */
function textTable(rows = [...benchExtraction(), ...benchVerification()], head = ["text work", "p50 ms", "p99 ms", "target ms", "p99 / target"]) {
  const body = rows.map((r) => [r.name, r.p50ms.toFixed(1), r.p99ms.toFixed(1), String(r.targetMs), `${(r.p99ms / r.targetMs).toFixed(2)}x`]);
  printTable(head, body);
}

/** 1 MB pathological documents, read as the server reads them: time, peak memory, the event loop meanwhile. */
async function hostileTextTable() {
  const { head, body } = hostileExtractionTable(await benchHostileExtraction());
  printTable(head, body);
}

function printTable(head: string[], body: string[][]) {
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  console.log(["", line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line), ""].join("\n"));
}

/** Markdown and search on hostile bodies (scripts/bench/pathological.ts), on a throwaway database. */
async function hostileTable() {
  const database = await createTestDatabase();
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url; // searchBriefs reads through the shared client
  const db = createDb(database.url);
  try {
    textTable([...(await benchRendering()), ...(await benchIndexing(db))], ["hostile body", "p50 ms", "max ms", "target ms", "max / target"]);
  } finally {
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    await db.$disconnect();
    await database.drop();
  }
}

async function main() {
  const only = args.only?.split(",") ?? [];
  if (only.length === 0 || only.includes("text")) {
    textTable();
    await hostileTextTable();
  }
  if (only.length === 0 || only.includes("hostile")) await hostileTable();
  if (only.length === 0 || only.includes("capture")) {
    const { head, body } = captureTable(await benchCapture());
    printTable(head, body);
  }
  if (only.length > 0 && only.every((o) => o === "text" || o === "hostile" || o === "capture")) return;
  buildIfNeeded(log);
  const database = await createTestDatabase();
  const db = createDb(database.url);
  let server: ChildProcess | undefined;
  try {
    log(`Seeding ${briefCount.toLocaleString("en")} published briefs into a throwaway database…`);
    const started = Date.now();
    await seedDemo(db, { withPasswords: false });
    const { slugs } = await seedPublishedBriefs(db, briefCount - 1, log);
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

    const briefPath = `/briefs/${slugs[Math.floor(slugs.length / 2)]}`;
    server = startServer(port, database.url);
    await waitForServer(`${origin}${briefPath}`, server);
    // The yardstick: a static file as large as the brief page, served from public/
    // by the same server (public files are read when the server starts).
    const html = await (await fetch(`${origin}${briefPath}`)).text();
    mkdirSync("public", { recursive: true });
    writeFileSync(`public${STATIC_PATH}`, html);
    await stopServer(server);
    server = startServer(port, database.url);
    await waitForServer(`${origin}${STATIC_PATH}`, server);
    log(`Brief page: ${(html.length / 1024).toFixed(1)} KiB; ${args.connections} connections, ${args.duration} s per target after a warm-up.`);

    const targets: Target[] = [
      { name: "static file", path: () => STATIC_PATH },
      { name: "brief page", path: () => briefPath },
      { name: "home page", path: () => "/" },
      { name: `search (${briefCount.toLocaleString("en")} briefs)`, path: (i: number) => `/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}` },
      // Every query unique (excluding a word no brief has), so none is answered from the 10 s result cache.
      { name: `search, one client, uncached (${briefCount.toLocaleString("en")})`, path: (i: number) => `/search?q=${encodeURIComponent(`${SEARCHES[i % SEARCHES.length]!} -zz${i}`)}`, connections: 1 },
    ].filter((t) => t.name.startsWith("static") || only.length === 0 || only.some((o) => t.name.startsWith(o)));
    const rows = [];
    for (const target of targets) {
      await load(target, 2); // warm-up: caches filled, code paths compiled
      rows.push(await load(target, Number(args.duration)));
    }
    table(rows);
  } finally {
    if (server) await stopServer(server);
    rmSync(`public${STATIC_PATH}`, { force: true });
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
