// Load with wrk (C, so the load generator takes little of the 2 cores the servers
// share with it), falling back to autocannon when wrk is not installed. Meanwhile the
// server's memory (RSS of its process and its children) is sampled twice a second.
import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; rssMiB: number };
export type LoadTarget = { origin: string; paths: string[]; connections: number; seconds: number; pid: number; unique?: boolean };

export const hasWrk = () => spawnSync("wrk", ["--version"]).error === undefined;

/** RSS in MiB of `pid` and its descendants (Linux /proc). */
export function treeRssMiB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  let kib = 0;
  const visit = (p: number) => {
    try {
      const match = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      kib += Number(match?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return kib / 1024;
}

function ms(value: string): number {
  const match = value.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) return Number.NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "ms" ? n : match[2] === "s" ? n * 1000 : n * 60_000;
}

function luaScript(paths: string[], unique: boolean): string {
  const list = paths.map((p) => JSON.stringify(p)).join(", ");
  // a unique query per request (" -zz<n>": excludes a word no brief has) defeats result caches
  const path = unique ? `paths[(i % #paths) + 1] .. "%20-zz" .. i .. math.random(1, 1000000)` : "paths[(i % #paths) + 1]";
  return `local paths = { ${list} }\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", ${path})\nend\n`;
}

async function withWrk(target: LoadTarget): Promise<Omit<LoadResult, "rssMiB">> {
  const dir = mkdtempSync(join(tmpdir(), "briefdesk-wrk-"));
  try {
    const script = join(dir, "paths.lua");
    writeFileSync(script, luaScript(target.paths, target.unique ?? false));
    const threads = Math.min(2, target.connections);
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        "wrk",
        ["-t", String(threads), "-c", String(target.connections), "-d", `${target.seconds}s`, "--latency", "-s", script, target.origin],
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    const pct = (p: string) => ms(output.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m"))?.[1] ?? "");
    const socketErrors = (output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)?.slice(1) ?? []).reduce(
      (sum, n) => sum + Number(n),
      0,
    );
    return {
      rps: Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0),
      p50: pct("50"),
      p99: pct("99"),
      errors: socketErrors + Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withAutocannon(target: LoadTarget): Promise<Omit<LoadResult, "rssMiB">> {
  let i = 0;
  const path = () => {
    const base = target.paths[i % target.paths.length]!;
    i += 1;
    return target.unique ? `${base}%20-zz${i}` : base;
  };
  const result = await autocannon({
    url: target.origin,
    connections: target.connections,
    duration: target.seconds,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: path() }) }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** Loads `target` and returns throughput, latency and the server's largest RSS meanwhile. */
export async function load(target: LoadTarget): Promise<LoadResult> {
  let rssMiB = treeRssMiB(target.pid);
  const sampler = setInterval(() => (rssMiB = Math.max(rssMiB, treeRssMiB(target.pid))), 500);
  try {
    const result = await (hasWrk() ? withWrk(target) : withAutocannon(target));
    return { ...result, rssMiB: Math.max(rssMiB, treeRssMiB(target.pid)) };
  } finally {
    clearInterval(sampler);
  }
}
