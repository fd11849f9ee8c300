// Throwaway databases for tests: one per test file, never shared. On the server named
// by TEST_DATABASE_URL (or DATABASE_URL) a fresh database is created and dropped;
// with neither set, an in-memory embedded PostgreSQL is started and stopped.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./schema-engine.ts";

export type TestDatabase = { url: string; drop(): Promise<void> };

/**
 * Whether this test file's database is on a real PostgreSQL server, not the embedded
 * one: read it inside tests, where DATABASE_URL already names the file's own database.
 * Tests of what only a server has (pg_dump, LISTEN/NOTIFY across connections, lock
 * waits, statement timeouts) skip without one.
 */
export function onTestServer(): boolean {
  return process.env.BRIEFDESK_TESTS_ON_SERVER === "1";
}

export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  let database: TestDatabase;
  if (serverUrl) {
    const name = `briefdesk_test_${randomBytes(6).toString("hex")}`;
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
    database = {
      url: withDatabase(serverUrl, name),
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  } else {
    const embedded = await startEmbeddedPostgres();
    database = { url: embedded.url, drop: embedded.stop };
  }
  if (migrate) await applyMigrations(database.url);
  return database;
}
