// The embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) served over
// the wire protocol, so the app and its tools connect with an ordinary URL exactly as
// they would to a server. Used when no DATABASE_URL is given.
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

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
 * Starts PGlite on `dataDir` (kept between runs) or in memory when it is omitted,
 * and serves it on 127.0.0.1:`port` (a free port when omitted).
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedPostgres> {
  const { existsSync } = await import("node:fs");
  const created = !options.dataDir || !existsSync(`${options.dataDir}/PG_VERSION`);
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const port = options.port ?? (await freePort());
  // Without maxConnections a second pooled connection is reset.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 50 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
