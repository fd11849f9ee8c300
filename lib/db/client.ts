// The one PrismaClient of a process, on the Rust-free client with @prisma/adapter-pg
// (no engine binary needed). Only this folder knows how Prisma is set up.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export type Db = PrismaClient;
/** What `db.$transaction(async (tx) => …)` hands its callback. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(connectionString: string): Db {
  // The embedded database runs one query at a time for everyone: one connection per
  // process keeps a transaction's queries from queueing behind another connection's.
  const max = Number(process.env.BRIEFDESK_DB_POOL_SIZE) || undefined;
  // Prisma's 5 s default for an interactive transaction fails saves on a busy machine
  // (a loaded CI runner, the single-connection embedded database); row locks keep
  // concurrent work correct however long a transaction waits.
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
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
    const url = process.env.DATABASE_URL;
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
