// Backups of the embedded database (PGlite) with PGlite's own dump: a gzipped tarball
// of its data folder (`dumpDataDir`), restored by opening a new folder from it
// (`loadDataDir`). PGlite is one process's database, so both take the data folder's
// lock: while `npm start` has it open they refuse, and nothing changes under them,
// which makes the copy consistent. A dump restores on the same PGlite release line
// (it is PGlite's PostgreSQL's own files); scripts only, never imported by app code.
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./embedded.ts";
import { expectKind } from "./backup-server.ts";

const LOCK_FILE = "briefdesk.lock";

function lock(dataDir: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    throw new Error(`${(error as Error).message} Backups and restores of the embedded database need it closed.`);
  }
}

/** Writes PGlite's dump of the database in `dataDir` to `file` (all or nothing). */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`There is no embedded database in ${dataDir}.`);
  const unlock = lock(dataDir);
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  try {
    const db = await PGlite.create(dataDir);
    try {
      const dump = await db.dumpDataDir("gzip");
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    unlock();
  }
}

/** Restores a dump made by backupEmbedded into `dataDir`, which must be empty or absent. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  await expectKind(file, "embedded");
  const present = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => name !== LOCK_FILE) : [];
  if (present.length > 0) {
    throw new Error(
      `${dataDir} is not empty${present.includes("PG_VERSION") ? ": it holds an embedded database" : ""}. ` +
        `Restore only into an empty folder: move the current one away first (e.g. mv ${dataDir} ${dataDir}.old).`,
    );
  }
  await mkdir(dataDir, { recursive: true });
  const unlock = lock(dataDir);
  try {
    const db = await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(file)]) });
    try {
      await db.query("SELECT 1");
    } finally {
      await db.close();
    }
  } catch (error) {
    // leave the folder empty rather than half-restored
    for (const name of readdirSync(dataDir)) if (name !== LOCK_FILE) await rm(path.join(dataDir, name), { recursive: true, force: true });
    throw error;
  } finally {
    unlock();
  }
}
