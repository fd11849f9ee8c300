// `npm run db:migration -- <name>`: writes the next migration, the SQL from the schema
// as of the last migration (prisma/migrations/schema.snapshot.prisma) to the current
// prisma/schema.prisma, then overwrites that snapshot, so no database or shadow
// database is needed. Folder layout and migration_lock.toml are
// Prisma's, so `prisma migrate deploy` / `migrate status` work on the same files.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { diffSchemas, listMigrations, migrationLockToml, migrationsDir, schemaPath, snapshotPath } from "@/lib/db/schema-engine";

/** YYYYMMDDHHMMSS in UTC, as Prisma names migration folders. */
function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main() {
  const name = process.argv[2] ?? "";
  if (!/^[a-z0-9_]{1,100}$/.test(name) || process.argv.length > 3) {
    throw new Error("usage: npm run db:migration -- <name>  (lowercase letters, digits and underscores)");
  }
  const schema = await readFile(schemaPath, "utf8");
  const migrations = (await listMigrations()).migrationDirectories.map((m) => m.path);
  const last = migrations.at(-1);
  let previous: string | null = null;
  if (last) {
    if (!existsSync(snapshotPath)) {
      throw new Error(
        `${relative(process.cwd(), snapshotPath)} is missing: it is the schema the last migration leads to, and the next diff starts from it.`,
      );
    }
    previous = await readFile(snapshotPath, "utf8");
  }

  const sql = await diffSchemas(previous, schema);
  if (sql === null) {
    console.log("schema.prisma matches the migrations; nothing to write.");
    return;
  }
  const folder = `${timestamp()}_${name}`;
  if (last && folder <= last) {
    throw new Error(`${folder} would not sort after the last migration ${last}; wait a second or check the clock.`);
  }
  const dir = join(migrationsDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "migration.sql"), sql);
  await writeFile(snapshotPath, schema);
  const lockfile = join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockfile)) await writeFile(lockfile, migrationLockToml);
  console.log(`Wrote ${relative(process.cwd(), join(dir, "migration.sql"))}`);
}

main().catch((error: unknown) => {
  console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
