// The app as `npm start` runs it, on a database that exists for one end-to-end run:
// a new database on the test server (TEST_DATABASE_URL or DATABASE_URL), or a new
// embedded one in a temporary folder. e2e/global-teardown.ts removes it.
import { e2eDatabase } from "@/e2e/database";

const target = e2eDatabase();
if (target.serverUrl) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: target.serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${target.name}"`);
  await client.end();
  process.env.DATABASE_URL = target.url;
} else {
  delete process.env.DATABASE_URL;
  process.env.BRIEFDESK_DATA_DIR = target.dataDir;
}
// lets start.ts honour the test-only BRIEFDESK_CAPTURE_ALLOW_LOOPBACK (see lib/capture/capture-settings.ts)
(globalThis as Record<symbol, unknown>)[Symbol.for("briefdesk.e2e-server")] = true;
await import("./start.ts");
