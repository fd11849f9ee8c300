import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseSeemsDown, isDatabaseUnavailable, noteDatabaseAnswered, noteDatabaseFailure } from "./availability";
import { createDb, db } from "./client";
import { onTestServer } from "@/lib/db/test-database";

afterEach(() => {
  noteDatabaseAnswered();
  vi.unstubAllEnvs();
});

describe("the database client during an outage", () => {
  it.skipIf(!onTestServer())("bounds every statement on the server, so a stuck query fails instead of hanging a request", async () => {
    const [row] = await db().$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(row!.statement_timeout).toBe("30s");
  });

  it("fails fast on a server that is not there, and notes the outage", async () => {
    const gone = createDb("postgresql://postgres@127.0.0.1:1/postgres");
    const started = Date.now();
    await expect(gone.user.count()).rejects.toMatchObject({ code: "P1001" });
    expect(Date.now() - started).toBeLessThan(6_000);
    await gone.$disconnect();
  });

  it("gives up on a server that accepts the connection but never answers, within seconds", async () => {
    const silent = createServer(() => {}); // takes the connection, says nothing
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    const mute = createDb(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    const started = Date.now();
    const error = await mute.user.count().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(9_000);
    await mute.$disconnect();
    silent.close();
  }, 20_000);

  it("lets a request wait for a free connection longer than the connect timeout on a busy server", async () => {
    vi.stubEnv("BRIEFDESK_DB_POOL_SIZE", "1");
    const one = createDb(process.env.DATABASE_URL!);
    const sleep = () => one.$queryRawUnsafe("SELECT pg_sleep(5.5)::text AS slept");
    await expect(Promise.all([sleep(), sleep()])).resolves.toHaveLength(2);
    await one.$disconnect();
  }, 30_000);

  it("switches the outage mode off as soon as a new connection succeeds", async () => {
    noteDatabaseFailure();
    expect(databaseSeemsDown()).toBe(true);
    const fresh = createDb(process.env.DATABASE_URL!);
    await fresh.user.count();
    expect(databaseSeemsDown()).toBe(false);
    await fresh.$disconnect();
  });
});
