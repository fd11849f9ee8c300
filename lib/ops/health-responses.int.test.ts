import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { freePort } from "@/lib/db/embedded";
import { checkReadiness } from "./check-readiness";
import { healthResponse, readinessResponse } from "./health-responses";
import { setTestEnv } from "@/lib/test-env";

const migratedUrl = process.env.DATABASE_URL!;

/** Points the process's database client at `url` for one test. */
async function useDatabase(url: string) {
  await disconnectDb();
  setTestEnv({ DATABASE_URL: url });
}

afterEach(async () => useDatabase(migratedUrl));

describe("/api/health", () => {
  it("answers ok without touching the database, never cached", async () => {
    await useDatabase(`postgresql://nobody@127.0.0.1:${await freePort()}/none`);
    const response = healthResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("/api/ready", () => {
  it("is ready on a migrated database, never cached", async () => {
    const response = await readinessResponse(new Request("http://localhost/api/ready"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("is unavailable while a migration is not applied", async () => {
    const [latest] = await db().$queryRaw<{ id: string }[]>`SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest!.id}`;
    try {
      const response = await readinessResponse(new Request("http://localhost/api/ready"));
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ status: "unavailable", reason: "1 migration(s) not applied" });
    } finally {
      await db().$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest!.id}`;
    }
    expect((await readinessResponse(new Request("http://localhost/api/ready"))).status).toBe(200);
  });

  it("is unavailable on a database with no migrations at all", async () => {
    await db().$executeRaw`ALTER TABLE _prisma_migrations RENAME TO _prisma_migrations_away`;
    try {
      expect(await checkReadiness()).toMatchObject({ ready: false, reason: expect.stringMatching(/^\d+ migration\(s\) not applied$/) });
    } finally {
      await db().$executeRaw`ALTER TABLE _prisma_migrations_away RENAME TO _prisma_migrations`;
    }
  });

  it("is unavailable when nothing listens on the database's port", async () => {
    await useDatabase(`postgresql://nobody@127.0.0.1:${await freePort()}/none`);
    const response = await readinessResponse(new Request("http://localhost/api/ready"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({ status: "unavailable", reason: "database unavailable" });
  });

  it("is unavailable, quickly, when the database does not answer", async () => {
    // accepts connections and never says a word, like a hung server
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => silent.listen(port, "127.0.0.1", resolve));
    try {
      await useDatabase(`postgresql://nobody@127.0.0.1:${port}/none`);
      const started = Date.now();
      expect(await checkReadiness({ timeoutMs: 300 })).toEqual({ ready: false, reason: "database did not answer in time" });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      // hang up, so that the client's pending connection fails and it can be closed
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
