// `npm run db:backup` and `npm run db:restore` on a PostgreSQL server, run as an
// operator runs them: a desk made through the desk's own functions is backed up,
// restored into a fresh database, and every row of every table comes back identical.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupServer } from "@/lib/db/backup-server";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { createTestDatabase, onTestServer, type TestDatabase } from "@/lib/db/test-database";
import { buildDesk, CORRECTION_NOTE, everyRow, KEPT, npmRun } from "./db-backup.fixture";

const folder = mkdtempSync(join(tmpdir(), "briefdesk-backup-"));
const restored: TestDatabase[] = [];
afterAll(async () => {
  for (const database of restored) await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!onTestServer())("backup and restore of a PostgreSQL server", () => {
  const source = () => process.env.DATABASE_URL!;
  const file = join(folder, "desk.dump");
  let before: Record<string, string[]>;

  beforeAll(async () => {
    await buildDesk();
    before = await everyRow(source());
  });

  it("restores every brief, revision, publication, correction and audit entry identically", async () => {
    for (const table of KEPT) expect(before[table]?.length, table).toBeGreaterThan(0);
    expect(before.Correction!.join()).toContain(CORRECTION_NOTE);

    const backup = await npmRun("db:backup", file, { DATABASE_URL: source() });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain("Backup written to");

    const target = await createTestDatabase({ migrate: false });
    restored.push(target);
    const restore = await npmRun("db:restore", file, { DATABASE_URL: target.url });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);

    const after = await everyRow(target.url);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
  });

  it("refuses to restore into a database that is not empty, and changes nothing there", async () => {
    const unchanged = await everyRow(source());
    const run = await npmRun("db:restore", file, { DATABASE_URL: source() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/db:restore failed: The database .* is not empty .*Restore only into an empty database/);
    expect(await everyRow(source())).toEqual(unchanged);
  });

  it("refuses a file that is not a server backup, saying what it is", async () => {
    const target = await createTestDatabase({ migrate: false });
    restored.push(target);
    const notABackup = join(folder, "notes.txt");
    writeFileSync(notABackup, "hello");
    expect((await npmRun("db:restore", notABackup, { DATABASE_URL: target.url })).stderr).toMatch(/is not a Briefdesk backup/);
    const embeddedDump = join(folder, "embedded.tar.gz");
    writeFileSync(embeddedDump, Buffer.from([0x1f, 0x8b, 8, 0, 0]));
    expect((await npmRun("db:restore", embeddedDump, { DATABASE_URL: target.url })).stderr).toMatch(
      /is a backup of the embedded database: restore it with DATABASE_URL unset/,
    );
  });

  it("says clearly when pg_dump's version is not the server's, and writes no file", async () => {
    const pgDump = /\(PostgreSQL\)\s+(\d+)/.exec(spawnSync("pg_dump", ["--version"], { encoding: "utf8" }).stdout)?.[1];
    // the embedded database is PostgreSQL 18 (PGlite 0.5); the machine's pg_dump is not
    if (pgDump === "18" || existsSync("/usr/lib/postgresql/18/bin/pg_dump")) return;
    const embedded = await startEmbeddedPostgres();
    try {
      const mismatched = join(folder, "mismatched.dump");
      await expect(backupServer(embedded.url, mismatched)).rejects.toThrow(
        `pg_dump is PostgreSQL ${pgDump}'s, but the server runs PostgreSQL 18: use the pg_dump of version 18`,
      );
      expect(existsSync(mismatched)).toBe(false);
    } finally {
      await embedded.stop();
    }
  });
});
