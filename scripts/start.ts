// `npm start`: one command from a fresh clone to a working desk. Uses DATABASE_URL
// when set, otherwise an embedded PostgreSQL kept in the data folder; applies
// migrations; seeds the demo desk into an empty database; builds the app when the
// build is missing or older than the sources; serves it until Ctrl-C or SIGTERM,
// starting next-server again whenever it exits on its own (scripts/supervise.ts).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createDb } from "@/lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { readEnv } from "@/lib/env";
import { loopbackCaptureRefusal } from "@/lib/capture/capture-settings";
import { isEmpty, seedDemo, type DemoAccount } from "@/prisma/seed/demo";
import { buildIfNeeded, nextBin } from "./build-if-needed";
import { supervise } from "./supervise";

const dev = process.argv.includes("--dev");
const env = readEnv();
const dataDir = resolve(env.BRIEFDESK_DATA_DIR);
const port = String(env.PORT);
// Next's telemetry would call out to the internet on every build and start.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

function log(message: string) {
  console.log(`[briefdesk] ${message}`);
}

function describe(url: string): string {
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
}

function saveAccounts(accounts: DemoAccount[]) {
  const file = join(dataDir, "demo-accounts.txt");
  writeFileSync(file, accounts.map((a) => `${a.role}\t${a.email}\t${a.password}`).join("\n") + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

/**
 * The secret that signs session cookies: from the environment, or for the embedded
 * database generated once and kept beside it. Several instances on one server must
 * share it, so with DATABASE_URL it has to be given.
 */
function authSecret(embedded: boolean): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (!embedded)
    throw new Error("Set NEXTAUTH_SECRET (at least 32 random characters, e.g. `openssl rand -base64 32`) when using DATABASE_URL.");
  const file = join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function prepareDatabase(): Promise<{ url: string; embedded?: EmbeddedPostgres }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  mkdirSync(dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), port: env.BRIEFDESK_EMBEDDED_PORT });
  return { url: embedded.url, embedded };
}

/** Set by scripts/e2e-server.ts, in this process: no environment variable can claim it. */
const E2E_SERVER = Symbol.for("briefdesk.e2e-server");

async function main() {
  const refusal = loopbackCaptureRefusal(env, { dev, e2eServer: (globalThis as Record<symbol, unknown>)[E2E_SERVER] === true });
  if (refusal) throw new Error(refusal);
  const { url, embedded } = await prepareDatabase();
  let secret: string;
  const stopDatabase = async () => embedded?.stop();
  try {
    secret = authSecret(Boolean(embedded));
    log(embedded ? `Database: embedded PostgreSQL in ${join(dataDir, "pglite")}` : `Database: ${describe(url)}`);
    const applied = await applyMigrations(url);
    if (applied.length) log(`Applied migrations: ${applied.join(", ")}`);

    const db = createDb(url);
    try {
      if (await isEmpty(db)) {
        const accounts = await seedDemo(db, { withPasswords: Boolean(embedded) });
        log("Seeded the demo desk.");
        if (embedded?.created) {
          log("Demo accounts (shown once; also saved in " + saveAccounts(accounts) + "):");
          for (const a of accounts) log(`  ${a.role.padEnd(6)}  ${a.email}  ${a.password}`);
        }
      }
    } finally {
      await db.$disconnect();
    }

    if (!dev) buildIfNeeded(log);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const supervisor = supervise({
    command: process.execPath,
    args: [nextBin, dev ? "dev" : "start", "-p", port],
    name: "next-server",
    log,
    spawnOptions: {
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
        ...(embedded && { BRIEFDESK_DB_POOL_SIZE: process.env.BRIEFDESK_DB_POOL_SIZE ?? "1" }),
        // one process on the embedded database: no other instance to tell about invalidations
        ...(embedded && { BRIEFDESK_SHARED_CACHE: "off" }),
      },
    },
  });
  log(`Serving on http://localhost:${port}`);

  const stop = (signal: NodeJS.Signals) => {
    log("Stopping…");
    void supervisor.stop(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const outcome = await supervisor.done;
  await stopDatabase();
  if (outcome.reason === "stopped") log("Stopped.");
  process.exit(outcome.reason === "stopped" ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`[briefdesk] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
