// `npm run bench:soak`: mixed traffic for minutes on the production server, measured.
// Seeds a throwaway database (published briefs as `npm run bench` does), starts
// `next start` on 127.0.0.1 and runs at once:
//   - readers (50): home, brief pages, a topic page, the feed — and search, when the
//     app has it — back to back, each on its own keep-alive connection;
//   - editors (5): save shared draft briefs through the desk's own save, the server
//     action the editor calls (signed in over HTTP like a browser), every fourth save
//     deliberately stale (based on a version from two saves ago);
//   - a publisher: every 10 s a new brief goes through submit, approve and publish with
//     the desk's domain functions in this process (readers see it when the cached
//     pages revalidate, within 10 s: the desk's revalidatePath only runs inside Next).
// Then checks for lost updates: every brief's final text must be its last accepted
// save, and each saved version's revision must hold the text of the save accepted for
// it — a refused save never appears. Prints errors, saves, p50/p99 per route, and the
// server's memory (RSS of the server's processes) after warm-up, each minute and at the end.
//
//   npm run bench:soak                      5 minutes, 2,000 briefs
//   npm run bench:soak -- --minutes 1       a quick run
//   options: --minutes N  --readers N (50)  --editors N (5)  --briefs N (2000)  --port N (3950)
//            --hot N (200): readers mostly read a working set of N briefs (as readers
//            mostly read recent ones), and now and then another (1 in 20), which the
//            server renders on its first visit
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createDb, type Db } from "@/lib/db/client";
import { createTestDatabase } from "@/lib/db/test-database";
import { buildBrief, buildUser } from "@/prisma/seed/factories";
import { seedDemo } from "@/prisma/seed/demo";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { buildIfNeeded } from "./build-if-needed";
import { startServer, stopServer, waitForServer } from "./bench/server";
import { seedPublishedBriefs } from "./bench/seed-published-briefs";

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    readers: { type: "string", default: "50" },
    editors: { type: "string", default: "5" },
    briefs: { type: "string", default: "2000" },
    port: { type: "string", default: "3950" },
    hot: { type: "string", default: "200" },
  },
});
const port = Number(args.port);
const origin = `http://127.0.0.1:${port}`;
const durationMs = Number(args.minutes) * 60_000;
const log = (message: string) => console.log(`[soak] ${message}`);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// Node's fetch keeps connections alive: each reader and editor loop reuses its own.
const http = (path: string, init: RequestInit = {}) => fetch(`${origin}${path}`, { ...init, redirect: "manual" });

// ---- measurements ----
const latencies = new Map<string, number[]>();
const failures = new Map<string, number>();
const failureSamples: string[] = [];
function record(route: string, ms: number, ok: boolean, detail = "") {
  (latencies.get(route) ?? latencies.set(route, []).get(route)!).push(ms);
  if (!ok) {
    failures.set(route, (failures.get(route) ?? 0) + 1);
    if (failureSamples.length < 10) failureSamples.push(`${route}: ${detail}`);
  }
}
async function timed<T>(route: string, run: () => Promise<{ ok: boolean; detail?: string; value?: T }>): Promise<T | undefined> {
  const started = performance.now();
  try {
    const { ok, detail, value } = await run();
    record(route, performance.now() - started, ok, detail);
    return value;
  } catch (error) {
    record(route, performance.now() - started, false, String(error));
    return undefined;
  }
}
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** RSS in MiB of the server process and its children (Next may run its server in a child). */
function serverRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(entry));
    } catch {
      /* gone */
    }
  }
  let kib = 0;
  const visit = (p: number) => {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kib / 1024;
}

// ---- server ----

// ---- the desk, over HTTP as a browser does it ----
function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveBriefAction");
  if (!found) throw new Error("saveBriefAction is not in the build's server-reference manifest.");
  return found[0];
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await http("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = cookiesOf(csrf);
  const response = await http("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = cookiesOf(response);
  if (!session.includes("session-token")) throw new Error(`Signing in ${email} failed (${response.status}).`);
  return `${cookie}; ${session}`;
}

type Fields = { title: string; slug: string; summary: string; body: string; topics: string };
type SaveState =
  | { status: "saved"; version: number }
  | { status: "error"; message: string; conflict?: { version: number; fields: Omit<Fields, "topics"> & { topics: string[] } } };

/** Calls the desk's save server action the way the editor's browser does. */
async function callSave(actionId: string, cookie: string, briefId: string, input: object): Promise<SaveState> {
  const response = await http(`/desk/briefs/${briefId}`, {
    method: "POST",
    headers: { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin, cookie },
    body: JSON.stringify([input]),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`save answered ${response.status}: ${text.slice(0, 120)}`);
  // The flight response: one row per line, `<id>:<json>`; the action's result is the
  // object with a status, in its own row or inside the first.
  const find = (value: unknown): SaveState | undefined => {
    if (!value || typeof value !== "object") return undefined;
    const status = (value as { status?: unknown }).status;
    if (status === "saved" || status === "error") return value as SaveState;
    for (const child of Object.values(value)) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const line of text.split("\n")) {
    try {
      const found = find(JSON.parse(line.slice(line.indexOf(":") + 1)));
      if (found) return found;
    } catch {
      /* a text row */
    }
  }
  throw new Error(`no result in the save's response: ${text.slice(0, 160)}`);
}

type Save = {
  editor: number;
  briefId: string;
  token: string;
  stale: boolean;
  outcome: "accepted" | "refused" | "failed";
  version?: number;
  message?: string;
};
const saves: Save[] = [];

/** What the editor sees on reloading the page: the brief as it is now. */
async function reload(db: Db, briefId: string) {
  const brief = await db.brief.findUniqueOrThrow({
    where: { id: briefId },
    select: {
      version: true,
      title: true,
      slug: true,
      summary: true,
      body: true,
      topics: { select: { topic: { select: { name: true } } } },
    },
  });
  return {
    version: brief.version,
    fields: {
      title: brief.title,
      slug: brief.slug,
      summary: brief.summary,
      body: brief.body,
      topics: brief.topics.map((t) => t.topic.name).join(", "),
    },
  };
}

async function editorLoop(
  db: Db,
  e: number,
  cookie: string,
  actionId: string,
  brief: { id: string; fields: Fields; version: number },
  until: number,
) {
  let known = { version: brief.version, fields: brief.fields };
  const history: (typeof known)[] = [known];
  for (let n = 0; Date.now() < until; n++) {
    const stale = n % 4 === 3 && history.length >= 3;
    const from = stale ? history[history.length - 3]! : known;
    const token = `editor ${e} save ${n} ${randomBytes(3).toString("hex")}`;
    const fields = { ...from.fields, summary: token, body: `${from.fields.body.slice(0, 400)}\n\n${token}` };
    const input = { briefId: brief.id, baseVersion: from.version, base: from.fields, fields, autosave: false };
    const state = await timed<SaveState>(stale ? "desk save (stale)" : "desk save", async () => {
      const value = await callSave(actionId, cookie, brief.id, input);
      const ok = value.status === "saved" || Boolean(value.conflict);
      return { ok, value, detail: value.status === "error" ? value.message : "" };
    });
    if (!state) {
      saves.push({ editor: e, briefId: brief.id, token, stale, outcome: "failed" });
      known = await reload(db, brief.id);
    } else if (state.status === "saved") {
      saves.push({ editor: e, briefId: brief.id, token, stale, outcome: "accepted", version: state.version });
      known = { version: state.version, fields };
    } else {
      saves.push({ editor: e, briefId: brief.id, token, stale, outcome: state.conflict ? "refused" : "failed", message: state.message });
      // as the editor does: take the current text the conflict shows (or reload), and go on from it
      const theirs = state.conflict?.fields;
      known =
        theirs && typeof state.conflict?.version === "number"
          ? {
              version: state.conflict.version,
              fields: { ...theirs, topics: Array.isArray(theirs.topics) ? theirs.topics.join(", ") : String(theirs.topics ?? "") },
            }
          : await reload(db, brief.id);
    }
    history.push(known);
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 300)); // an editor types between saves
  }
}

// ---- readers ----
const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)]!;
async function readerLoop(r: number, slugs: { hot: string[]; all: string[] }, topic: string, withSearch: boolean, until: number) {
  const brief = () => (Math.random() < 0.05 ? `/briefs/${pick(slugs.all)}` : `/briefs/${pick(slugs.hot)}`);
  const routes: [string, () => string][] = [
    ["home", () => "/"],
    ["brief page", brief],
    ["brief page", brief],
    ["topic page", () => `/topics/${topic}`],
    ["feed", () => "/feed.xml"],
    ...(withSearch ? [["search", () => `/search?q=${["sanctions", "georgia", "treaty"][r % 3]}`] as [string, () => string]] : []),
  ];
  for (let i = r; Date.now() < until; i++) {
    const [route, path] = routes[i % routes.length]!;
    await timed(route, async () => {
      const response = await http(path());
      await response.arrayBuffer();
      return { ok: response.status === 200, detail: `${response.status}` };
    });
  }
}

// ---- publisher ----
async function publisherLoop(db: Db, until: number, published: string[]) {
  for (let n = 0; Date.now() < until; n++) {
    const next = Date.now() + 10_000;
    await timed("publish (domain)", async () => {
      await db.$transaction(
        async (tx) => {
          const author = await buildUser(tx);
          const reviewer = await buildUser(tx);
          const brief = await buildBrief(tx, {
            title: `Soak publication ${n}`,
            slug: `soak-publication-${n}-${randomBytes(3).toString("hex")}`,
            authorIds: [author.id],
          });
          const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
          await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
          await publish(tx, { reviewId: review.id, publisherId: author.id });
          published.push(brief.slug);
        },
        { timeout: 30_000, maxWait: 30_000 },
      );
      return { ok: true };
    });
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
}

// ---- lost updates ----
async function lostUpdates(db: Db, briefIds: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const briefId of briefIds) {
    const accepted = saves.filter((s) => s.briefId === briefId && s.outcome === "accepted").sort((a, b) => a.version! - b.version!);
    const byVersion = new Map(accepted.map((s) => [s.version!, s.token]));
    if (byVersion.size !== accepted.length) problems.push(`${briefId}: two saves were accepted for the same version`);
    const final = await db.brief.findUniqueOrThrow({ where: { id: briefId }, select: { summary: true, version: true } });
    const last = accepted.at(-1);
    if (last && (final.summary !== last.token || final.version !== last.version)) {
      problems.push(
        `${briefId}: final text "${final.summary}" (v${final.version}) is not the last accepted save "${last.token}" (v${last.version})`,
      );
    }
    const refused = new Set(saves.filter((s) => s.briefId === briefId && s.outcome === "refused").map((s) => s.token));
    const revisions = await db.revision.findMany({ where: { briefId }, select: { briefVersion: true, snapshot: true } });
    for (const revision of revisions) {
      const summary = (revision.snapshot as { summary?: string }).summary ?? "";
      if (refused.has(summary)) problems.push(`${briefId}: refused save "${summary}" was applied (v${revision.briefVersion})`);
      const expected = byVersion.get(revision.briefVersion);
      if (expected && expected !== summary)
        problems.push(`${briefId}: v${revision.briefVersion} holds "${summary}", the accepted save was "${expected}"`);
    }
  }
  return problems;
}

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  console.log(["", line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line), ""].join("\n"));
}

async function main() {
  buildIfNeeded(log);
  const actionId = saveActionId();
  const database = await createTestDatabase();
  const db = createDb(database.url);
  let server: ChildProcess | undefined;
  try {
    log(`Seeding ${Number(args.briefs).toLocaleString("en")} published briefs and ${args.editors} editors into a throwaway database…`);
    await seedDemo(db, { withPasswords: false });
    const { slugs } = await seedPublishedBriefs(db, Number(args.briefs) - 1, log);
    const topic = (await db.topic.findFirstOrThrow({ select: { slug: true } })).slug;
    const editorCount = Number(args.editors);
    const password = `soak-${randomBytes(9).toString("base64url")}`;
    const editors = await db.$transaction(async (tx) => {
      const users = [];
      for (let e = 0; e < editorCount; e++)
        users.push(await buildUser(tx, { email: `soak-editor-${e}@briefdesk.test`, name: `Soak editor ${e}`, role: "editor", password }));
      return users;
    });
    // Two editors share each draft (five editors, three drafts): their saves really collide.
    const drafts = await db.$transaction(async (tx) => {
      const list = [];
      for (let b = 0; b < Math.ceil(editorCount / 2); b++) {
        const brief = await buildBrief(tx, {
          title: `Soak draft ${b}`,
          slug: `soak-draft-${b}`,
          summary: "Start.",
          body: "Start.",
          authorIds: editors.map((u) => u.id),
        });
        list.push({
          id: brief.id,
          version: brief.version,
          fields: { title: brief.title, slug: brief.slug, summary: brief.summary, body: brief.body, topics: "" },
        });
      }
      return list;
    });

    server = startServer(port, database.url, { LOG_LEVEL: "warn" });
    await waitForServer(`${origin}/api/health`, server);
    const rssBoot = serverRss(server.pid!);
    const withSearch = (await http("/search?q=sanctions")).status === 200;
    const cookies = await Promise.all(editors.map((u) => signIn(u.email, password)));

    // Warm-up: every page readers mostly read is visited once, so the memory measured
    // from here on is not the page cache filling up; then 15 s of mixed reading.
    const reading = { hot: slugs.slice(-Number(args.hot)), all: slugs };
    log(`Warming up: ${reading.hot.length} brief pages, then 15 s of reading…`);
    const queue = [...reading.hot];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let slug = queue.pop(); slug; slug = queue.pop()) await (await http(`/briefs/${slug}`)).arrayBuffer();
      }),
    );
    const warmUntil = Date.now() + 15_000;
    await Promise.all(Array.from({ length: 10 }, (_, r) => readerLoop(r, reading, topic, withSearch, warmUntil)));
    latencies.clear();
    failures.clear();
    failureSamples.length = 0;
    const rssStart = serverRss(server.pid!);
    const loadStart = loadavg()[0]!;

    log(
      `${args.readers} readers, ${editorCount} editors and a publish every 10 s for ${args.minutes} min${withSearch ? "" : " (this build has no /search: readers skip it)"}…`,
    );
    const until = Date.now() + durationMs;
    const published: string[] = [];
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(serverRss(server!.pid!)), 5_000);
    await Promise.all([
      ...Array.from({ length: Number(args.readers) }, (_, r) => readerLoop(r, reading, topic, withSearch, until)),
      ...cookies.map((cookie, e) => editorLoop(db, e, cookie, actionId, drafts[e % drafts.length]!, until)),
      publisherLoop(db, until, published),
    ]);
    clearInterval(sampler);
    const rssEnd = serverRss(server.pid!);
    const loadEnd = loadavg()[0]!;

    const problems = await lostUpdates(
      db,
      drafts.map((d) => d.id),
    );
    const visible = published.length ? (await http(`/briefs/${published.at(-1)}`)).status : 0;

    const rows = [["route", "requests", "errors", "p50 ms", "p99 ms", "max ms"]];
    for (const [route, values] of [...latencies].sort()) {
      const sorted = [...values].sort((a, b) => a - b);
      rows.push([
        route,
        String(values.length),
        String(failures.get(route) ?? 0),
        percentile(sorted, 50).toFixed(1),
        percentile(sorted, 99).toFixed(1),
        sorted.at(-1)!.toFixed(1),
      ]);
    }
    table(rows);
    const count = (outcome: Save["outcome"], stale?: boolean) =>
      saves.filter((s) => s.outcome === outcome && (stale === undefined || s.stale === stale)).length;
    const errors = [...failures.values()].reduce((a, b) => a + b, 0);
    // RSS saws up and down with garbage collection: compare the medians of the first and
    // the last minute rather than two single readings
    const perMinute = 12; // samples, one each 5 s
    const minuteMedians = Array.from({ length: Math.ceil(rssSamples.length / perMinute) }, (_, m) => {
      const minute = rssSamples.slice(m * perMinute, (m + 1) * perMinute).sort((a, b) => a - b);
      return minute[Math.floor(minute.length / 2)]!;
    });
    const [firstMinute, lastMinute] = [minuteMedians[0] ?? rssStart, minuteMedians.at(-1) ?? rssEnd];
    const growth = ((lastMinute - firstMinute) / firstMinute) * 100;
    table([
      ["result", "value", "goal"],
      ["errors (all routes)", String(errors), "0"],
      ["saves accepted", String(count("accepted")), ""],
      ["saves refused as stale (deliberately stale / concurrent)", `${count("refused", true)} / ${count("refused", false)}`, ""],
      ["deliberately stale saves accepted (nobody had changed the brief)", String(count("accepted", true)), ""],
      ["saves failed", String(count("failed")), "0"],
      ["lost updates", String(problems.length), "0"],
      ["publications", `${published.length} (last one served: ${visible})`, "one per 10 s"],
      ["server RSS at boot / after warm-up / end (MiB)", `${rssBoot.toFixed(0)} / ${rssStart.toFixed(0)} / ${rssEnd.toFixed(0)}`, ""],
      ["server RSS min / max during the run (MiB)", `${Math.min(...rssSamples).toFixed(0)} / ${Math.max(...rssSamples).toFixed(0)}`, ""],
      ["server RSS, median of each minute (MiB)", minuteMedians.map((m) => m.toFixed(0)).join(" "), ""],
      ["RSS growth, first minute to last (medians)", `${growth.toFixed(1)} %`, "< 10 %"],
      ["machine load average (1 min) at start / end", `${loadStart.toFixed(1)} / ${loadEnd.toFixed(1)}`, ""],
    ]);
    for (const sample of failureSamples) log(`error: ${sample}`);
    for (const problem of problems) log(`lost update: ${problem}`);
    if (errors || problems.length || count("failed")) process.exitCode = 1;
  } finally {
    if (server) await stopServer(server);
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
