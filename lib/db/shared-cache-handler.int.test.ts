// The channel that carries cache invalidations between instances, on a real
// PostgreSQL: what one process sends, the others get; and a listener whose
// connection is cut reconnects by itself and says so (its cache may have missed
// invalidations meanwhile).
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTagChannel, type TagChannel } from "./shared-cache-handler.mjs";
import { onTestServer } from "@/lib/db/test-database";

const url = () => process.env.DATABASE_URL!;
const open: TagChannel[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

function instance(id: string) {
  const received: string[][] = [];
  let reconnects = 0;
  const errors: unknown[] = [];
  const channel = createTagChannel({
    connectionString: url(),
    instanceId: id,
    onTags: (tags) => received.push(tags),
    onReconnect: () => (reconnects += 1),
    log: { error: (...args: unknown[]) => errors.push(args) },
  });
  open.push(channel);
  return { channel, received, errors, reconnects: () => reconnects };
}

async function cutListeners() {
  const admin = new pg.Client({ connectionString: url() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'briefdesk-cache-listener'",
    );
    return rowCount;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!onTestServer())("sharing cache invalidations between instances", () => {
  it("delivers one instance's expired tags to every other instance, not back to itself", async () => {
    const [a, b, c] = [instance("a"), instance("b"), instance("c")];
    await Promise.all([a.channel.start(), b.channel.start(), c.channel.start()]);

    await a.channel.publish(["_N_T_/layout"]);
    await expect.poll(() => b.received).toEqual([["_N_T_/layout"]]);
    await expect.poll(() => c.received).toEqual([["_N_T_/layout"]]);
    expect(a.received).toEqual([]);
  });

  it("reconnects after its connection is cut, reports it, and hears invalidations again", async () => {
    const [a, b] = [instance("a"), instance("b")];
    await Promise.all([a.channel.start(), b.channel.start()]);

    expect(await cutListeners()).toBe(2);
    await expect.poll(() => b.reconnects(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => a.channel.listening, { timeout: 10_000 }).toBe(true);

    await a.channel.publish(["_N_T_/briefs/some-brief"]);
    await expect.poll(() => b.received).toEqual([["_N_T_/briefs/some-brief"]]);
  });

  it("sends through a connection of its own while its listener is down, and never throws", async () => {
    const [a, b] = [instance("a"), instance("b")];
    await b.channel.start();
    // a never started listening: it still gets its invalidation out
    await a.channel.publish(["_N_T_/topics"]);
    await expect.poll(() => b.received).toEqual([["_N_T_/topics"]]);

    const nowhere = createTagChannel({
      connectionString: "postgresql://nobody@127.0.0.1:1/none",
      instanceId: "x",
      onTags: () => {},
      onReconnect: () => {},
      log: { error: () => {} },
    });
    await expect(nowhere.publish(["_N_T_/layout"])).resolves.toBeUndefined();
    await nowhere.close();
  });
});
