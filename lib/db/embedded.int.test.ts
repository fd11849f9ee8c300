// The embedded database is one PostgreSQL session shared by every connection to its
// wire-protocol server. These tests use several connections at once, as the app's pool,
// the soak and the integration tests do, and check that each still gets its own answers.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

let embedded: EmbeddedPostgres;
beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => embedded?.stop());

describe("the embedded database with several connections", () => {
  it("keeps each connection's parameterised queries whole when they run at the same time", async () => {
    // A long parameter (a pasted document, a brief's body) reaches the server in several
    // pieces, so another connection's statement can arrive between its parts.
    const long = "y".repeat(300_000);
    const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
    const loop = async (n: number) => {
      for (let i = 0; i < 40; i++) {
        if (n % 2) {
          const { rows } = await pool.query<{ sum: number }>("SELECT $1::int + $2::int AS sum", [n, i]);
          expect(rows[0]!.sum).toBe(n + i);
        } else {
          const { rows } = await pool.query<{ joined: string }>("SELECT $1::text || '/' || $2::text || '/' || $3::text AS joined", [
            n,
            i,
            long,
          ]);
          expect(rows[0]!.joined).toBe(`${n}/${i}/${long}`);
        }
      }
    };
    try {
      await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(loop));
    } finally {
      await pool.end();
    }
  }, 60_000);

  it("lets a transaction finish before another connection's statements run, and others wait instead of failing", async () => {
    const a = new pg.Client({ connectionString: embedded.url });
    const b = new pg.Client({ connectionString: embedded.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query("CREATE TABLE counter (n int)");
      await a.query("INSERT INTO counter VALUES (0)");
      await a.query("BEGIN");
      await a.query("UPDATE counter SET n = n + 1");
      const other = b.query<{ n: number }>("SELECT n FROM counter");
      await new Promise((r) => setTimeout(r, 100));
      await a.query("UPDATE counter SET n = n + 1");
      await a.query("COMMIT");
      expect((await other).rows[0]!.n).toBe(2);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  }, 30_000);

  it("rolls back the transaction of a connection that went away, and serves the others", async () => {
    const a = new pg.Client({ connectionString: embedded.url });
    const b = new pg.Client({ connectionString: embedded.url });
    await Promise.all([a.connect(), b.connect()]);
    await a.query("CREATE TABLE left_behind (n int)");
    await a.query("BEGIN");
    await a.query("INSERT INTO left_behind VALUES (1)");
    a.on("error", () => {}); // its own end, expected
    a.connection.stream.destroy();
    const { rows } = await b.query<{ count: string }>("SELECT count(*) FROM left_behind");
    expect(rows[0]!.count).toBe("0");
    await b.end();
  }, 30_000);
});
