// Vitest setup for *.int.test.ts: each test file gets its own migrated database,
// created before the file's modules load and dropped after its last test.
import { afterAll } from "vitest";
import { resetEnv } from "../env.ts";
import { disconnectDb } from "./client.ts";
import { createTestDatabase, testServerUrl } from "./test-database.ts";

// Workers run several files in one process: restore what this file changes.
const serverDatabaseUrl = process.env.DATABASE_URL;
process.env.BRIEFDESK_TESTS_ON_SERVER = testServerUrl() ? "1" : "0";
const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;
resetEnv();

afterAll(async () => {
  await disconnectDb();
  await database.drop();
  if (serverDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = serverDatabaseUrl;
  resetEnv();
});
