// `npm run db:restore -- <file>`: restores a backup made by `npm run db:backup` into
// an empty database. With DATABASE_URL: pg_restore into that database (it must hold
// no tables), in one transaction. Without: into $BRIEFDESK_DATA_DIR/pglite, which must
// be empty or absent. A non-empty target is refused, never overwritten.
import { restoreEmbedded } from "@/lib/db/backup-embedded";
import { describeServer, restoreServer } from "@/lib/db/backup-server";
import { embeddedDataDir, fileArgument } from "./db-backup-support";

async function main() {
  const file = fileArgument("db:restore", "Restores the backup in <file> into an empty database (DATABASE_URL, else the embedded one).");
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  if (url) {
    console.log(`[briefdesk] Restoring ${file} into PostgreSQL at ${describeServer(url)}…`);
    await restoreServer(url, file);
  } else {
    const dataDir = embeddedDataDir();
    console.log(`[briefdesk] DATABASE_URL is not set: restoring ${file} into the embedded database in ${dataDir}…`);
    await restoreEmbedded(dataDir, file);
  }
  console.log(
    `[briefdesk] Restored in ${((Date.now() - started) / 1000).toFixed(1)} s. Start the app (npm start applies any newer migrations).`,
  );
}

main().catch((error: unknown) => {
  console.error(`[briefdesk] db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
