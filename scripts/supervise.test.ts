// The supervisor of `npm start` with tiny Node children in place of next-server. The
// real next-server is killed in e2e/hostile-infra.spec.ts.
import { type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { supervise, type Supervisor } from "./supervise";

const RUNS = "setInterval(() => {}, 1000)";
const CRASHES = "process.exit(3)";
const IGNORES_SIGTERM = "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)";

const running: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop("SIGKILL")));
});

function start(script: string, options: Partial<Parameters<typeof supervise>[0]> = {}) {
  const lines: string[] = [];
  const children: ChildProcess[] = [];
  const supervisor = supervise({
    command: process.execPath,
    args: ["-e", script],
    name: "toy",
    log: (line) => lines.push(line),
    backoffMs: [10, 20, 40],
    onStart: (child) => children.push(child),
    ...options,
  });
  running.push(supervisor);
  return { supervisor, lines, children };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r));

describe("supervise", () => {
  it("starts the child again after kill -9, and says so", async () => {
    const { supervisor, lines, children } = start(RUNS);
    const first = supervisor.pid!;
    expect(first).toBeGreaterThan(0);
    process.kill(first, "SIGKILL");
    await expect.poll(() => supervisor.pid !== undefined && supervisor.pid !== first, { timeout: 10_000 }).toBe(true);
    expect(alive(supervisor.pid!)).toBe(true);
    expect(supervisor.restarts).toBe(1);
    expect(children).toHaveLength(2);
    expect(lines.join("\n")).toMatch(/toy exited unexpectedly \(killed by SIGKILL\) after \d+ s; restarting it in 10 ms \(restart 1\)/);
    expect(lines.filter((l) => l.startsWith("toy started (pid "))).toHaveLength(2);
  });

  it("stops for good when asked: the child ends, nothing is restarted", async () => {
    const { supervisor, lines, children } = start(RUNS);
    const pid = supervisor.pid!;
    expect(await supervisor.stop("SIGTERM")).toEqual({ reason: "stopped" });
    await exited(children[0]!);
    expect(children[0]!.signalCode).toBe("SIGTERM");
    expect(alive(pid)).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    expect(children).toHaveLength(1);
    expect(lines.join("\n")).not.toContain("unexpectedly");
  });

  it("gives up after many rapid failures in a row, backing off between them", async () => {
    const { supervisor, lines } = start(CRASHES, { maxRapidFailures: 4 });
    expect(await supervisor.done).toEqual({ reason: "gave-up", failures: 4 });
    const restarts = lines.filter((l) => l.includes("restarting it in"));
    expect(restarts.map((l) => l.match(/in (\d+) ms/)![1])).toEqual(["10", "20", "40"]);
    expect(restarts[0]).toContain("(exit code 3)");
    expect(lines.at(-1)).toBe("toy exited unexpectedly (exit code 3) 4 times in a row, each soon after starting; giving up");
  });

  it("does not give up on a child that ran a while before each failure", async () => {
    // every run counts as stable, so the count of rapid failures starts again each time
    const { supervisor, lines } = start(CRASHES, { maxRapidFailures: 2, stableAfterMs: 0 });
    await expect.poll(() => supervisor.restarts, { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    expect(lines.join("\n")).not.toContain("giving up");
    expect(lines.filter((l) => l.includes("restarting it in")).every((l) => l.includes("in 10 ms"))).toBe(true);
  });

  it("kills a child that ignores SIGTERM once the stop timeout has passed", async () => {
    const { supervisor, lines, children } = start(IGNORES_SIGTERM, {
      stopTimeoutMs: 300,
      spawnOptions: { stdio: ["ignore", "pipe", "inherit"] },
    });
    await new Promise((r) => children[0]!.stdout!.once("data", r));
    expect(await supervisor.stop("SIGTERM")).toEqual({ reason: "stopped" });
    expect(children[0]!.signalCode).toBe("SIGKILL");
    expect(lines.join("\n")).toContain("toy did not stop within 300 ms; killing it");
  });

  it("a stop during the pause before a restart starts nothing more", async () => {
    const { supervisor, children } = start(CRASHES, { backoffMs: [60_000] });
    await exited(children[0]!);
    expect(await supervisor.stop()).toEqual({ reason: "stopped" });
    expect(children).toHaveLength(1);
    expect(supervisor.pid).toBeUndefined();
  });
});
