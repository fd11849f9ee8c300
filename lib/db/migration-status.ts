// Which of prisma/migrations the database has applied, as recorded in
// `_prisma_migrations` by lib/db/schema-engine.ts (and `prisma migrate deploy`).
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "./client.ts";

let local: Promise<string[]> | undefined;

/** The migrations this code expects, read from prisma/migrations once per process. */
export function expectedMigrations(): Promise<string[]> {
  // a path the bundler can see: prisma/migrations is traced into the build, nothing else
  local ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then((entries) =>
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort(),
  );
  return local;
}

/** Names of the migrations the database has finished and not rolled back. */
export async function appliedMigrations(): Promise<string[]> {
  const [row] = await db().$queryRaw<{ present: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`;
  if (!row?.present) return [];
  const rows = await db().$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.name);
}
