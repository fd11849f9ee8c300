// `npm run db:backup -- <file>`: a consistent backup of the database to <file>.
// With DATABASE_URL: pg_dump's custom format, made by the pg_dump of the server's
// major version, while the app keeps running. Without: PGlite's dump of the embedded
// database in $BRIEFDESK_DATA_DIR/pglite, which `npm start` must not have open.
// Restore with `npm run db:restore -- <file>`.
import { resolve } from "node:path";
import { backupEmbedded } from "@/lib/db/backup-embedded";
import { backupServer, describeServer } from "@/lib/db/backup-server";
import { embeddedDataDir, fileArgument } from "./db-backup-support";

async function main() {
  const file = fileArgument("db:backup", "Writes a backup of the database (DATABASE_URL, else the embedded one) to <file>.");
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  if (url) {
    console.log(`[briefdesk] Backing up PostgreSQL at ${describeServer(url)} to ${file}…`);
    await backupServer(url, file);
  } else {
    const dataDir = embeddedDataDir();
    console.log(`[briefdesk] DATABASE_URL is not set: backing up the embedded database in ${dataDir} to ${file}…`);
    await backupEmbedded(dataDir, file);
  }
  console.log(`[briefdesk] Backup written to ${resolve(file)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  console.error(`[briefdesk] db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
