// The embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) served over
// the wire protocol, so the app and its tools connect with an ordinary URL exactly as
// they would to a server. Used when no DATABASE_URL is given.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { serveEmbedded } from "./embedded-server.ts";

export type EmbeddedPostgres = {
  url: string;
  /** whether the data folder held no database before this start */
  created: boolean;
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PGlite is one process's database: a second process opening the same folder would
 * corrupt it. A lock file holding the owner's pid keeps a second `npm start` (or a
 * command-line tool run beside it) out, and a lock left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, "briefdesk.lock");
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(readFileSync(file, "utf8"));
    if (owner && isAlive(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner}. Stop it first, or connect to it through DATABASE_URL.`,
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Starts PGlite on `dataDir` (kept between runs) or in memory when it is omitted,
 * and serves it on 127.0.0.1:`port` (a free port when omitted).
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const created = !options.dataDir || !existsSync(join(options.dataDir, "PG_VERSION"));
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const server = await serveEmbedded(db, { host: "127.0.0.1", port: options.port ?? 0, maxConnections: 50 });
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
