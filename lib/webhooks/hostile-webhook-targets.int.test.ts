// Issue 14 item 13: webhooks go to public addresses only unless the operator allows
// internal receivers, names are checked after resolution, and the delivery log does
// not tell a refused port from a silent one.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { newActor, refusal } from "@/lib/test-support";
import { publicLookup } from "@/lib/security/public-address";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deliverDue } from "./deliver-due";
import { setTestEnv } from "@/lib/test-env";

// Names under example.org answer what the test says, as a hostile DNS server would.
const answers = new Map<string, { address: string; family: number }[]>();
vi.mock("node:dns", async (original) => {
  const dns = await original<typeof import("node:dns")>();
  const lookup = (hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    const answer = answers.get(hostname);
    if (!answer) return (dns.lookup as (...args: unknown[]) => void)(hostname, options, callback);
    process.nextTick(() => callback(null, answer));
  };
  return { ...dns, default: { ...dns, lookup }, lookup };
});

let admin: Actor;
const servers: Server[] = [];
beforeEach(async () => {
  setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: undefined });
  await db().webhookEndpoint.updateMany({ data: { active: false } });
  admin = await newActor({ role: "admin" });
});
afterEach(async () => {
  setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: undefined });
  answers.clear();
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise((resolve) => {
          s.closeAllConnections();
          s.close(resolve);
        }),
    ),
  );
});

/** A receiver on 127.0.0.1 that counts what reaches it. */
async function receiver() {
  const received: string[] = [];
  const server = createServer((request, response) => {
    received.push(request.url ?? "");
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, received };
}

/** An endpoint stored as it might have been before targets were checked, with one delivery due. */
async function storedEndpointWithDelivery(url: string) {
  const endpoint = await db().webhookEndpoint.create({
    data: { url, events: ["brief.published"], secret: "whsec_test", createdById: admin.id },
  });
  await db().webhookDelivery.create({
    data: { endpointId: endpoint.id, event: "brief.published", payload: { id: "e", event: "brief.published", data: {} } },
  });
  return endpoint;
}
const lastErrorOf = async (endpointId: string) => (await db().webhookDelivery.findFirstOrThrow({ where: { endpointId } })).lastError;

describe("webhook targets", () => {
  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/hook",
    "http://[::1]/hook",
    "http://0.0.0.0/hook",
    "http://2130706433/hook",
    "http://0x7f.1/hook",
    "http://0177.0.0.1/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[fd00::1]/hook",
    "http://224.0.0.1/hook",
    "http://localhost:3000/hook",
    "http://192.168.0.10/hook",
    "http://172.16.5.4/hook",
    "http://[fe80::1]/hook",
  ])("refuses to register %s", async (url) => {
    const refused = await refusal(createWebhookEndpoint(admin, { url, events: ["brief.published"] }));
    expect(refused.code).toBe("invalid");
    expect(refused.fieldErrors.url?.[0]).toMatch(/public address/);
  });

  it("registers a host name, and a private address only when the operator allows internal receivers", async () => {
    await expect(createWebhookEndpoint(admin, { url: "https://hooks.example.org/h", events: ["brief.published"] })).resolves.toMatchObject({
      url: "https://hooks.example.org/h",
    });
    setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: "on" });
    await expect(createWebhookEndpoint(admin, { url: "http://10.0.0.1/hook", events: ["brief.published"] })).resolves.toMatchObject({
      url: "http://10.0.0.1/hook",
    });
  });

  it("sends nothing to a stored private address, and says why", async () => {
    const hook = await receiver();
    const endpoint = await storedEndpointWithDelivery(`http://127.0.0.1:${hook.port}/hook`);
    const [outcome] = await deliverDue();
    expect(outcome).toMatchObject({ delivered: false, statusCode: null });
    expect(hook.received).toEqual([]);
    expect(await lastErrorOf(endpoint.id)).toMatch(/not public/);
  });

  it("checks a host name after resolving it: a name that points at a private address gets nothing", async () => {
    const hook = await receiver();
    answers.set("inside.example.org", [{ address: "127.0.0.1", family: 4 }]);
    // one private answer among public ones is enough to refuse
    answers.set("mixed.example.org", [
      { address: "11.0.0.1", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ]);
    answers.set("outside.example.org", [{ address: "11.0.0.1", family: 4 }]);
    const resolve = (name: string) =>
      new Promise((done) => publicLookup(name, {}, (error, address) => done(error ? (error as { code?: string }).code : address)));
    expect(await Promise.all(["inside.example.org", "mixed.example.org", "outside.example.org"].map(resolve))).toEqual([
      "ENONPUBLIC",
      "ENONPUBLIC",
      "11.0.0.1",
    ]);

    const inside = await storedEndpointWithDelivery(`http://inside.example.org:${hook.port}/hook`);
    const mixed = await storedEndpointWithDelivery(`http://mixed.example.org:${hook.port}/hook`);
    const outcomes = await deliverDue(20, { timeoutMs: 1_000 });
    expect(outcomes.map((o) => o.delivered)).toEqual([false, false]);
    expect(hook.received).toEqual([]);
    expect(await lastErrorOf(inside.id)).toBe("Could not deliver: the receiver gave no HTTP answer.");
    expect(await lastErrorOf(mixed.id)).toBe("Could not deliver: the receiver gave no HTTP answer.");

    // the same name, allowed by the operator, is delivered to
    setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: "on" });
    await db().webhookDelivery.updateMany({ where: { endpointId: inside.id }, data: { nextAttemptAt: new Date(0) } });
    await storedEndpointWithDelivery(`http://127.0.0.1:${hook.port}/allowed`);
    expect((await deliverDue(20, { now: new Date(Date.now() + 3_600_000) })).some((o) => o.delivered)).toBe(true);
    expect(hook.received).toContain("/allowed");
  });

  it("records a refused port, a silent one and a bad name alike, and keeps the status of a receiver that answered", async () => {
    setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: "on" });
    const closed = await receiver();
    await new Promise((resolve) => {
      servers.pop()!.close(resolve);
    });
    const silent = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    servers.push(silent);
    const failing = createServer((_, response) => response.writeHead(503).end());
    await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
    servers.push(failing);
    const refused = await storedEndpointWithDelivery(`http://127.0.0.1:${closed.port}/`);
    const timedOut = await storedEndpointWithDelivery(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`);
    const unresolved = await storedEndpointWithDelivery("http://nowhere.invalid/");
    const answered = await storedEndpointWithDelivery(`http://127.0.0.1:${(failing.address() as AddressInfo).port}/`);

    await deliverDue(20, { timeoutMs: 500 });
    const errors = await Promise.all([refused, timedOut, unresolved].map((e) => lastErrorOf(e.id)));
    expect(new Set(errors)).toEqual(new Set(["Could not deliver: the receiver gave no HTTP answer."]));
    expect(await lastErrorOf(answered.id)).toBe("The receiver answered HTTP 503.");
  });
});
