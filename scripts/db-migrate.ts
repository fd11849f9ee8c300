// `npm run db:migrate`: applies the pending migrations of prisma/migrations to
// DATABASE_URL or, when it is unset, to the embedded database in the data folder
// (the one `npm start` uses). Same effect as `prisma migrate deploy`, without the
// engine binary that cannot be downloaded here.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";

function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
}

async function main() {
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  try {
    if (url) {
      console.log(`Migrating PostgreSQL at ${describe(url)}`);
    } else {
      // `||`, not `??`: an empty BRIEFDESK_DATA_DIR must not mean "/".
      const dataDir = join(resolve(process.env.BRIEFDESK_DATA_DIR || "data"), "pglite");
      mkdirSync(dataDir, { recursive: true });
      console.log(`DATABASE_URL is not set: migrating the embedded database in ${dataDir}`);
      embedded = await startEmbeddedPostgres({ dataDir });
      url = embedded.url;
    }
    const started = Date.now();
    const applied = await applyMigrations(url);
    if (applied.length === 0) console.log("No pending migrations.");
    else console.log(`Applied ${applied.length} migration(s) in ${Date.now() - started} ms:\n  ${applied.join("\n  ")}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
