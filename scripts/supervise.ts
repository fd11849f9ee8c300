// Keeps a child process (next-server, for `npm start`) running: when it exits without
// having been asked to (a crash, heap exhaustion, the kernel's OOM killer, kill -9),
// it is started again after a pause that grows with each rapid failure, and the log
// says so. After many failures in a row, each soon after its start, it gives up so
// that an outer process manager (systemd, …) sees the failure. `stop()` ends the
// child for good (Ctrl-C, SIGTERM).
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export type SuperviseOptions = {
  command: string;
  args: string[];
  /** Passed to spawn on every start (env, stdio, …). */
  spawnOptions?: SpawnOptions;
  /** What the child is called in the log. */
  name?: string;
  log: (message: string) => void;
  /** Pause before the n-th restart in a row of rapid failures (the last one repeats). */
  backoffMs?: number[];
  /** A run shorter than this is a rapid failure; a longer one resets the count. */
  stableAfterMs?: number;
  /** Give up after this many rapid failures in a row. */
  maxRapidFailures?: number;
  /** After SIGTERM/SIGINT, how long the child gets before SIGKILL. */
  stopTimeoutMs?: number;
  /**
   * How long an exit waits before it counts as unexpected: Ctrl-C signals the whole
   * process group, and the child may exit before the supervisor's handler has run.
   */
  exitGraceMs?: number;
  /** Called with each child as it starts. */
  onStart?: (child: ChildProcess) => void;
};

export type Outcome = { reason: "stopped" } | { reason: "gave-up"; failures: number };

export type Supervisor = {
  /** The running child's process id (undefined between a crash and its restart). */
  readonly pid: number | undefined;
  /** How many times the child was started again. */
  readonly restarts: number;
  /** Ends the child (and any pending restart); resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<Outcome>;
  /** Resolves when supervision ends: stopped, or given up. */
  readonly done: Promise<Outcome>;
};

const DEFAULT_BACKOFF_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `killed by ${signal}`;
  return `exit code ${code}`;
}

export function supervise(options: SuperviseOptions): Supervisor {
  const {
    command,
    args,
    spawnOptions = {},
    name = "child",
    log,
    backoffMs = DEFAULT_BACKOFF_MS,
    stableAfterMs = 30_000,
    maxRapidFailures = 10,
    stopTimeoutMs = 10_000,
    exitGraceMs = 100,
    onStart,
  } = options;

  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let rapidFailures = 0;
  let pendingRestart: NodeJS.Timeout | undefined;
  let finish!: (outcome: Outcome) => void;
  const done = new Promise<Outcome>((resolve) => (finish = resolve));

  function start() {
    pendingRestart = undefined;
    if (stopping) return;
    const startedAt = Date.now();
    const current = spawn(command, args, spawnOptions);
    child = current;
    log(`${name} started (pid ${current.pid})`);
    onStart?.(current);
    let ended = false;
    const onEnd = (code: number | null, signal: NodeJS.Signals | null) => {
      if (ended) return;
      ended = true;
      child = undefined;
      if (stopping) return finish({ reason: "stopped" });
      // Let a Ctrl-C that reached the whole process group be handled first.
      setTimeout(() => {
        if (stopping) return finish({ reason: "stopped" });
        const ranMs = Date.now() - startedAt;
        rapidFailures = ranMs < stableAfterMs ? rapidFailures + 1 : 1;
        const how = describeExit(code, signal);
        if (rapidFailures >= maxRapidFailures) {
          log(`${name} exited unexpectedly (${how}) ${rapidFailures} times in a row, each soon after starting; giving up`);
          return finish({ reason: "gave-up", failures: rapidFailures });
        }
        const delay = backoffMs[Math.min(rapidFailures - 1, backoffMs.length - 1)] ?? 1_000;
        restarts += 1;
        log(`${name} exited unexpectedly (${how}) after ${Math.round(ranMs / 1000)} s; restarting it in ${delay} ms (restart ${restarts})`);
        pendingRestart = setTimeout(start, delay);
      }, exitGraceMs);
    };
    current.on("exit", onEnd);
    current.on("error", (error) => {
      log(`${name} could not be started: ${error.message}`);
      // a process that never started has no exit event
      if (current.pid === undefined) onEnd(null, null);
    });
  }

  async function stop(signal: NodeJS.Signals = "SIGTERM"): Promise<Outcome> {
    if (!stopping) {
      stopping = true;
      if (pendingRestart) clearTimeout(pendingRestart);
      const current = child;
      if (!current) {
        finish({ reason: "stopped" });
      } else {
        const force = setTimeout(() => {
          log(`${name} did not stop within ${stopTimeoutMs} ms; killing it`);
          current.kill("SIGKILL");
        }, stopTimeoutMs);
        void done.then(() => clearTimeout(force));
        current.kill(signal);
      }
    }
    return done;
  }

  start();
  return {
    get pid() {
      return child?.pid;
    },
    get restarts() {
      return restarts;
    },
    stop,
    done,
  };
}
