import { afterEach, describe, expect, it } from "vitest";
import { databaseSeemsDown, noteDatabaseAnswered, noteDatabaseFailure } from "./availability";
import { createDb, db } from "./client";

afterEach(() => noteDatabaseAnswered());

describe("the database client during an outage", () => {
  it("bounds every statement on the server, so a stuck query fails instead of hanging a request", async () => {
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

  it("switches the outage mode off as soon as a new connection succeeds", async () => {
    noteDatabaseFailure();
    expect(databaseSeemsDown()).toBe(true);
    const fresh = createDb(process.env.DATABASE_URL!);
    await fresh.user.count();
    expect(databaseSeemsDown()).toBe(false);
    await fresh.$disconnect();
  });
});
