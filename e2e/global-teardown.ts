import { rmSync } from "node:fs";
import pg from "pg";
import { e2eDatabase } from "./database";

export default async function globalTeardown() {
  const target = e2eDatabase();
  if (target.serverUrl) {
    const client = new pg.Client({ connectionString: target.serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${target.name}" WITH (FORCE)`);
    await client.end();
  }
  rmSync(target.dataDir, { recursive: true, force: true });
}
