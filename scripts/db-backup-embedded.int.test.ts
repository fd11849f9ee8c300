// `npm run db:backup` and `npm run db:restore` on the embedded database (PGlite), as
// an operator runs them with DATABASE_URL unset: a desk made through the desk's own
// functions is backed up, restored into a new data folder, and every row of every
// table comes back identical. Slow (PGlite opens its folder several times): one file.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupEmbedded } from "@/lib/db/backup-embedded";
import { disconnectDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/schema-engine";
import { buildDesk, CORRECTION_NOTE, everyRow, KEPT, npmRun } from "./db-backup.fixture";

const folder = mkdtempSync(join(tmpdir(), "briefdesk-embedded-backup-"));
const perFileUrl = process.env.DATABASE_URL;
afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = perFileUrl;
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore of the embedded database", () => {
  it("restores every brief, revision, publication, correction and audit entry identically, and refuses while the database is open or the target is not empty", async () => {
    const sourceDir = join(folder, "source");
    const file = join(folder, "desk.tar.gz");
    const cli = (script: "db:backup" | "db:restore", dataDir: string) =>
      npmRun(script, file, { DATABASE_URL: undefined, BRIEFDESK_DATA_DIR: dataDir });

    // a desk on an embedded database, made through the desk's own functions
    const source = await startEmbeddedPostgres({ dataDir: join(sourceDir, "pglite") });
    let before: Record<string, string[]>;
    try {
      await applyMigrations(source.url);
      await disconnectDb();
      process.env.DATABASE_URL = source.url;
      await buildDesk();
      before = await everyRow(source.url);

      // while an app has it open, a backup is refused, not taken from under it
      await expect(backupEmbedded(join(sourceDir, "pglite"), file)).rejects.toThrow(
        /is in use by process \d+.*Backups and restores of the embedded database need it closed/,
      );
      expect(existsSync(file)).toBe(false);
    } finally {
      await disconnectDb();
      await source.stop();
    }
    for (const table of KEPT) expect(before[table]?.length, table).toBeGreaterThan(0);
    expect(before.Correction!.join()).toContain(CORRECTION_NOTE);

    const backup = await cli("db:backup", sourceDir);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);

    const targetDir = join(folder, "target");
    const restore = await cli("db:restore", targetDir);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);

    const target = await startEmbeddedPostgres({ dataDir: join(targetDir, "pglite") });
    try {
      const after = await everyRow(target.url);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    } finally {
      await target.stop();
    }

    const again = await cli("db:restore", targetDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /db:restore failed: .*target\/pglite is not empty: it holds an embedded database\. Restore only into an empty folder/,
    );
  }, 300_000);
});
