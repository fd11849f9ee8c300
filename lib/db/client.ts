// The one PrismaClient of a process, on the Rust-free client with @prisma/adapter-pg
// (no engine binary needed). Only this folder knows how Prisma is set up.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../env.ts";
import { noteDatabaseAnswered, noteDatabaseFailure } from "./availability.ts";
import { PrismaClient } from "./generated/client.ts";

export type Db = PrismaClient;
/** What `db.$transaction(async (tx) => …)` hands its callback. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

class ConnectingClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: 5_000 });
  }
}

export function createDb(connectionString: string): Db {
  // The embedded database runs one query at a time for everyone: one connection per
  // process keeps a transaction's queries from queueing behind another connection's.
  const max = env().BRIEFDESK_DB_POOL_SIZE;
  const pool = new pg.Pool({
    connectionString,
    max,
    // During an outage a request fails within seconds instead of hanging: a new
    // connection gives up after 5 s, a statement after 30 s (server side, and client
    // side for a server that stopped answering). Nothing the app does takes that long.
    // The connect timeout is the connection's own (ConnectingClient), not the pool's:
    // the pool would apply it to waiting for a free connection too, and fail requests
    // that merely queue on a busy server.
    Client: ConnectingClient,
    statement_timeout: 30_000,
    query_timeout: 35_000,
    keepAlive: true,
    // Idle connections are kept, so a server that shuts down or restarts is noticed at
    // once (each gets its goodbye); node-postgres drops a connection that errs, so the
    // pool recovers by itself when the server is back. Idle connections never keep a
    // script from exiting.
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
  });
  pool.on("connect", () => noteDatabaseAnswered());
  pool.on("error", () => noteDatabaseFailure());
  // Prisma's 5 s default for an interactive transaction fails saves on a busy machine
  // (a loaded CI runner, the single-connection embedded database); row locks keep
  // concurrent work correct however long a transaction waits.
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

const globalForDb = globalThis as unknown as { briefdeskDb?: Db };

/**
 * The shared client, created on first use from DATABASE_URL (read then, not at
 * import, so that builds and test setups can set it first).
 */
export function db(): Db {
  if (!globalForDb.briefdeskDb) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    globalForDb.briefdeskDb = createDb(url);
  }
  return globalForDb.briefdeskDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.briefdeskDb?.$disconnect();
  globalForDb.briefdeskDb = undefined;
}

export * from "./generated/enums.ts";
export type * from "./generated/models.ts";
export { Prisma } from "./generated/client.ts";
