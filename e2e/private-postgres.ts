// A PostgreSQL server of a test's own, in a temporary folder on a port of its own, that
// the test stops and starts at will — never the machine's shared server. PostgreSQL
// refuses to run as root, so as root (CI) it runs as the `postgres` user, or `nobody`.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The newest installed PostgreSQL's bin folder, or undefined when there is no initdb. */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const dir = majors.map((m) => join(root, m, "bin")).find((d) => existsSync(join(d, "initdb")));
  if (dir) return dir;
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return which.status === 0 ? join(which.stdout.trim(), "..") : undefined;
}

function systemUser(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  return spawnSync("id", ["postgres"]).status === 0 ? "postgres" : "nobody";
}

export type PrivatePostgres = { url: string; stop(): void; start(): void; remove(): void };

export function createPrivatePostgres(port: number): PrivatePostgres {
  const bin = postgresBinDir();
  if (!bin) throw new Error("No initdb found: install PostgreSQL's server binaries.");
  const dir = mkdtempSync(join(tmpdir(), "briefdesk-pg-"));
  const data = join(dir, "data");
  const user = systemUser();
  const run = (tool: string, args: string[]) => {
    const command = user ? ["runuser", "-u", user, "--", join(bin, tool), ...args] : [join(bin, tool), ...args];
    execFileSync(command[0]!, command.slice(1), { stdio: "pipe", cwd: dir });
  };
  if (user) {
    chmodSync(dir, 0o755);
    execFileSync("chown", ["-R", user, dir]);
  }
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const server: PrivatePostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "server.log"), "-w", "start"]),
    // fast: every open connection is told the server is going away, as in a real restart
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    remove: () => {
      spawnSync(
        user ? "runuser" : join(bin, "pg_ctl"),
        user ? ["-u", user, "--", join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"] : ["-D", data, "-m", "immediate", "stop"],
        { stdio: "ignore" },
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
