// Fails whenever prisma/schema.prisma and prisma/migrations disagree, i.e. someone
// changed the schema without `npm run db:migration -- <name>` (or edited a migration).
// Two checks: the schema saved with the last migration diffs to nothing against the
// current one; and a drift check with no introspection: migrations applied to one
// empty database, the from-empty diff of schema.prisma to another, catalogs compared.
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded.ts";
import { applyMigrations, diffSchemas, listMigrations, migrationsDir, schemaPath, snapshotPath } from "./schema-engine.ts";

type Database = { url: string; drop(): Promise<void> };

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * An empty database on the server of TEST_DATABASE_URL / DATABASE_URL, else an
 * in-memory embedded one. (The integration setup may have pointed DATABASE_URL at an
 * embedded PGlite, which serves one database whatever the URL names: not a server.)
 */
async function emptyDatabase(): Promise<Database> {
  const server = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const [probe] = server ? await query<{ version: string }>(server, "SELECT version()") : [];
  if (!server || !probe || probe.version.includes("PGlite")) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `briefdesk_drift_${randomBytes(6).toString("hex")}`;
  await query(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const [current] = await query<{ db: string }>(url.toString(), "SELECT current_database() AS db");
  if (current?.db !== name) throw new Error(`${server} does not serve the database ${name} it created`);
  return { url: url.toString(), drop: () => query(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {}) };
}

/** Tables, columns, enums, indexes and constraints, as sorted lines (column order ignored). */
async function describeSchema(url: string) {
  const user = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'";
  const lines = async (sql: string) => (await query<{ line: string }>(url, sql)).map((r) => r.line).sort();
  return {
    tables: await lines(`SELECT n.nspname || '.' || c.relname || ' ' || c.relkind::text AS line
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${user} AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relname <> '_prisma_migrations'`),
    columns: await lines(`SELECT n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
        || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
        || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
        || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
        || CASE WHEN a.attgenerated <> '' THEN ' GENERATED' ELSE '' END AS line
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${user} AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> '_prisma_migrations'`),
    // Labels sorted: Prisma can only append enum values, so their order is not compared.
    enums: await lines(`SELECT n.nspname || '.' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumlabel) AS line
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE ${user} GROUP BY n.nspname, t.typname`),
    indexes: await lines(`SELECT indexdef AS line FROM pg_indexes
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> '_prisma_migrations'`),
    constraints: await lines(`SELECT n.nspname || '.' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS line
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${user} AND c.relname <> '_prisma_migrations'`),
  };
}

/**
 * Database objects the migrations add by hand because Prisma cannot model them, each
 * named exactly: anything else that is not in schema.prisma is still drift.
 * - Publication.topicSlugs / sourceIds: generated columns over the snapshot, with GIN
 *   indexes, for the reader's topic and source pages (20261129090000_reader_publication_keys).
 * - Publication.searchVector: a generated tsvector over the snapshot, with a GIN index,
 *   for the reader's full-text search (lib/search, 20261129095207_publication_search).
 */
const UNMODELLED = {
  columns: [
    /^public\.Publication\.topicSlugs jsonb DEFAULT .* GENERATED$/,
    /^public\.Publication\.sourceIds jsonb DEFAULT .* GENERATED$/,
    /^public\.Publication\.searchVector tsvector DEFAULT .* GENERATED$/,
  ],
  indexes: [
    /^CREATE INDEX "Publication_topicSlugs_idx" ON public\."Publication" USING gin \("topicSlugs"\)$/,
    /^CREATE INDEX "Publication_sourceIds_idx" ON public\."Publication" USING gin \("sourceIds"\)$/,
    /^CREATE INDEX "Publication_searchVector_idx" ON public\."Publication" USING gin \("searchVector"\)$/,
  ],
};

function withoutUnmodelled(schema: Awaited<ReturnType<typeof describeSchema>>) {
  const keep = (patterns: RegExp[]) => (line: string) => !patterns.some((p) => p.test(line));
  return { ...schema, columns: schema.columns.filter(keep(UNMODELLED.columns)), indexes: schema.indexes.filter(keep(UNMODELLED.indexes)) };
}

const schema = await readFile(schemaPath, "utf8");
const migrations = (await listMigrations()).migrationDirectories.map((m) => m.path);

describe("prisma/migrations matches prisma/schema.prisma", () => {
  const databases: Database[] = [];
  let migrated: Database;
  let fromSchema: Database;
  let firstRun: string[];

  beforeAll(async () => {
    migrated = await emptyDatabase();
    databases.push(migrated);
    fromSchema = await emptyDatabase();
    databases.push(fromSchema);
    firstRun = await applyMigrations(migrated.url);
  });

  afterAll(async () => {
    await Promise.all(databases.map((db) => db.drop()));
  });

  it("the schema saved with the last migration is the current schema.prisma", async () => {
    const last = migrations.at(-1);
    expect(last, "no migrations: run `npm run db:migration -- init`").toBeDefined();
    const saved = await readFile(snapshotPath, "utf8");
    const pending = await diffSchemas(saved, schema);
    expect(pending, "schema.prisma changed since the last migration: run `npm run db:migration -- <name>`").toBeNull();
  });

  it("applying the migrations gives the database schema.prisma describes", async () => {
    const sql = await diffSchemas(null, schema);
    expect(sql).not.toBeNull();
    await query(fromSchema.url, sql ?? "");
    const [expected, actual] = await Promise.all([describeSchema(fromSchema.url), describeSchema(migrated.url).then(withoutUnmodelled)]);
    expect(expected.tables.length).toBeGreaterThan(0);
    expect(actual, "the migrations drifted from schema.prisma").toEqual(expected);
  });

  it("records every migration as `prisma migrate deploy` does, and applies nothing twice", async () => {
    expect(firstRun).toEqual(migrations);
    expect(await applyMigrations(migrated.url)).toEqual([]);
    const rows = await query<{ migration_name: string; checksum: string; done: boolean }>(
      migrated.url,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      migrations.map(async (name) => ({
        migration_name: name,
        checksum: createHash("sha256")
          .update(await readFile(path.join(migrationsDir, name, "migration.sql")))
          .digest("hex"),
        done: true,
      })),
    );
    expect(rows).toEqual(expected);
  });
});
