import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { editBrief } from "@/lib/briefs/edit-brief";
import { db } from "@/lib/db/client";
import { cancelSchedule } from "@/lib/publishing/cancel-schedule";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { newActor, refusal } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deliverDue } from "./deliver-due";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { resendWebhookDelivery } from "./resend-webhook-delivery";
import { setWebhookEndpointActive } from "./set-webhook-endpoint-active";
import { verifyWebhookSignature } from "./signature";
import { onTestServer } from "@/lib/db/test-database";
import { setTestEnv } from "@/lib/test-env";

type Received = { headers: IncomingHttpHeaders; body: string; verified: boolean };

/** A receiver on 127.0.0.1 that checks every signature and answers as `respond` says. */
async function receiver(respond: (n: number) => { status?: number; delayMs?: number } = () => ({})) {
  const received: Received[] = [];
  let secret = "";
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      const header = request.headers["briefdesk-signature"] as string | undefined;
      received.push({ headers: request.headers, body, verified: verifyWebhookSignature({ secret, body, header }).ok });
      const { status = 200, delayMs = 0 } = respond(received.length);
      setTimeout(() => {
        if (!response.destroyed) response.writeHead(status).end("ok");
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    useSecret: (s: string) => {
      secret = s;
    },
  };
}

const servers: Server[] = [];
let admin: Actor;

beforeEach(async () => {
  // the receivers here listen on 127.0.0.1: an internal receiver the operator allows
  setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: "on" });
  // endpoints are global: each test speaks only to its own
  await db().webhookEndpoint.updateMany({ data: { active: false } });
  admin = await newActor({ role: "admin" });
});
afterEach(async () => {
  setTestEnv({ BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE: undefined });
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

async function endpointFor(url: string, events = ["brief.published", "brief.corrected", "brief.withdrawn"]) {
  return createWebhookEndpoint(admin, { url, events: events as never });
}

async function approvedBrief(author: Actor) {
  const reviewer = await newActor();
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "She said “the words that matter” today." });
    const brief = await buildBrief(tx, { authorIds: [author.id], body: "Said [@q1], per [@d1]." });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "the words that matter", speakerName: "A Speaker" });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    return brief;
  });
}

async function editAndApprove(briefId: string, author: Actor) {
  const reviewer = await newActor();
  await db().$transaction(async (tx) => {
    await editBrief(tx, { briefId, actorId: author.id }, () =>
      tx.brief.update({ where: { id: briefId }, data: { title: "A corrected title" } }),
    );
    const { review } = await submitForReview(tx, { briefId, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
  });
}

const deliveriesOf = (endpointId: string) => db().webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("webhook deliveries", () => {
  it("retries a receiver that fails, until it recovers; every request is signed", async () => {
    const hook = await receiver((n) => ({ status: n === 1 ? 500 : 204 }));
    const endpoint = await endpointFor(hook.url);
    hook.useSecret(endpoint.secret);
    const author = await newActor();
    const brief = await approvedBrief(author);

    await publishBrief(author, { briefId: brief.id });
    expect(hook.received).toHaveLength(0); // nothing is sent from the request path

    const [first] = await deliverDue();
    expect(first).toMatchObject({ delivered: false, attempts: 1, statusCode: 500 });
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "The receiver answered HTTP 500." });
    expect(failed!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(25_000); // backs off ~30 s

    expect(await deliverDue()).toEqual([]); // not due yet
    const [second] = await deliverDue(20, { now: later(31) });
    expect(second).toMatchObject({ delivered: true, attempts: 2, statusCode: 204 });
    const [done] = await deliveriesOf(endpoint.id);
    expect(done).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 204, lastError: null });
    expect(done!.deliveredAt).toBeInstanceOf(Date);

    expect(hook.received).toHaveLength(2);
    expect(hook.received.every((r) => r.verified)).toBe(true);
    const last = hook.received[1]!;
    expect(last.headers).toMatchObject({
      "briefdesk-event": "brief.published",
      "briefdesk-delivery": done!.id,
      "content-type": "application/json",
    });
    const payload = JSON.parse(last.body);
    expect(payload).toMatchObject({ event: "brief.published", data: { briefId: brief.id, slug: brief.slug, version: 1 } });
    expect(payload.data.url).toMatch(new RegExp(`/briefs/${brief.slug}$`));
    // the same event in both attempts, so receivers can dedupe
    expect(JSON.parse(hook.received[0]!.body).id).toBe(payload.id);
    // a receiver with the wrong secret, or a tampered body, would refuse it
    expect(verifyWebhookSignature({ secret: "wrong", body: last.body, header: last.headers["briefdesk-signature"] as string }).ok).toBe(
      false,
    );
    expect(
      verifyWebhookSignature({ secret: endpoint.secret, body: last.body + " ", header: last.headers["briefdesk-signature"] as string }).ok,
    ).toBe(false);
  });

  it("announces a correction and a withdrawal with what readers are told", async () => {
    const hook = await receiver();
    const endpoint = await endpointFor(hook.url, ["brief.corrected", "brief.withdrawn"]);
    hook.useSecret(endpoint.secret);
    const author = await newActor();
    const brief = await approvedBrief(author);
    await publishBrief(author, { briefId: brief.id }); // not subscribed to brief.published
    await editAndApprove(brief.id, author);
    await publishBrief(author, { briefId: brief.id, correction: { kind: "correction", note: "We had the date wrong; it was Tuesday." } });
    await withdrawBrief(author, { briefId: brief.id, reason: "The main source retracted its report." });

    await deliverDue();
    const payloads = hook.received.map((r) => JSON.parse(r.body));
    expect(payloads.map((p) => p.event).sort()).toEqual(["brief.corrected", "brief.withdrawn"]);
    expect(payloads.find((p) => p.event === "brief.corrected").data).toMatchObject({
      version: 2,
      title: "A corrected title",
      correction: { kind: "correction", note: "We had the date wrong; it was Tuesday." },
    });
    expect(payloads.find((p) => p.event === "brief.withdrawn").data).toMatchObject({
      briefId: brief.id,
      reason: "The main source retracted its report.",
    });
    expect(hook.received.every((r) => r.verified)).toBe(true);
  });

  it("does not slow a publish when receivers are dead or slow; both end as retries", async () => {
    const dead = await receiver();
    const deadUrl = dead.url;
    await new Promise((resolve) => {
      servers.pop()!.close(resolve);
    }); // nothing listens there now
    const slow = await receiver(() => ({ delayMs: 10_000 }));
    const deadEndpoint = await endpointFor(deadUrl);
    const slowEndpoint = await endpointFor(slow.url);
    const author = await newActor();
    const brief = await approvedBrief(author);

    const started = performance.now();
    await publishBrief(author, { briefId: brief.id });
    expect(performance.now() - started).toBeLessThan(1_500); // it only wrote rows

    const attemptStarted = performance.now();
    const outcomes = await deliverDue(20, { timeoutMs: 500 });
    expect(performance.now() - attemptStarted).toBeLessThan(3_000);
    expect(outcomes.map((o) => o.delivered)).toEqual([false, false]);
    const [deadRow] = await deliveriesOf(deadEndpoint.id);
    const [slowRow] = await deliveriesOf(slowEndpoint.id);
    // refused and timed out read alike: the log is no port scanner
    expect(deadRow).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: null,
      lastError: "Could not deliver: the receiver gave no HTTP answer.",
    });
    expect(slowRow).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: null,
      lastError: "Could not deliver: the receiver gave no HTTP answer.",
    });
    expect(slowRow!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 25_000);
  });

  it("gives up after the last attempt and marks the delivery failed", async () => {
    const hook = await receiver(() => ({ status: 503 }));
    const endpoint = await endpointFor(hook.url);
    const author = await newActor();
    await publishBrief(author, { briefId: (await approvedBrief(author)).id });
    let now = new Date();
    for (let i = 0; i < 7; i++) {
      await deliverDue(20, { now });
      now = new Date(now.getTime() + 25 * 3600 * 1000);
    }
    expect(await deliverDue(20, { now })).toEqual([]);
    const [row] = await deliveriesOf(endpoint.id);
    expect(row).toMatchObject({ status: "failed", attempts: 7, lastStatusCode: 503 });
    expect(hook.received).toHaveLength(7);
  });

  it("never delivers one row twice when two workers run at once (SKIP LOCKED)", async () => {
    const hook = await receiver(() => ({ delayMs: 100 }));
    const endpoint = await endpointFor(hook.url);
    const payload = { id: "e", event: "brief.published", data: {} };
    await db().webhookDelivery.createMany({
      data: Array.from({ length: 12 }, () => ({ endpointId: endpoint.id, event: "brief.published", payload })),
    });

    const [a, b] = await Promise.all([deliverDue(10), deliverDue(10)]);
    // neither waited for the other's rows: together they took all twelve, once each
    const ids = [...a!, ...b!].map((o) => o.deliveryId);
    expect(await deliverDue(10)).toEqual([]);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    const sent = hook.received.map((r) => r.headers["briefdesk-delivery"]);
    expect(sent).toHaveLength(12);
    expect(new Set(sent).size).toBe(12);
    expect((await deliveriesOf(endpoint.id)).every((d) => d.status === "delivered" && d.attempts === 1)).toBe(true);
  });

  it.skipIf(!onTestServer())("passes over rows another worker holds instead of waiting for them", async () => {
    const hook = await receiver();
    const endpoint = await endpointFor(hook.url);
    const payload = { id: "e", event: "brief.published", data: {} };
    await db().webhookDelivery.createMany({
      data: Array.from({ length: 6 }, () => ({ endpointId: endpoint.id, event: "brief.published", payload })),
    });
    const all = (await deliveriesOf(endpoint.id)).map((d) => d.id);
    const held = all.slice(0, 2);

    const taken = await db().$transaction(async (tx) => {
      // another instance in the middle of its claim
      await tx.$queryRaw`SELECT id FROM "WebhookDelivery" WHERE id IN (${held[0]}, ${held[1]}) FOR UPDATE`;
      const started = performance.now();
      const outcomes = await deliverDue(20);
      expect(performance.now() - started).toBeLessThan(2_000);
      return outcomes.map((o) => o.deliveryId);
    });
    expect(taken.sort()).toEqual(all.slice(2).sort());
  });

  it("announces a scheduled publication at its time, and not at all if it is cancelled", async () => {
    const hook = await receiver();
    const endpoint = await endpointFor(hook.url);
    const author = await newActor();
    const at = later(3600);
    const brief = await approvedBrief(author);
    await publishBrief(author, { briefId: brief.id, scheduledFor: at.toISOString() });

    const [row] = await deliveriesOf(endpoint.id);
    expect(row!.nextAttemptAt.getTime()).toBe(at.getTime());
    expect(await deliverDue()).toEqual([]);
    expect(await deliverDue(20, { now: new Date(at.getTime() - 1000) })).toEqual([]);
    expect(hook.received).toHaveLength(0);
    const [sent] = await deliverDue(20, { now: at });
    expect(sent).toMatchObject({ delivered: true });

    const other = await approvedBrief(author);
    await publishBrief(author, { briefId: other.id, scheduledFor: at.toISOString() });
    await cancelSchedule(author, { briefId: other.id });
    expect(await deliverDue(20, { now: later(7200) })).toEqual([]);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);
  });
});

describe("webhook administration", () => {
  it("lets admins only register endpoints, with http(s) URLs and known events", async () => {
    const editor = await newActor();
    expect((await refusal(createWebhookEndpoint(editor, { url: "https://example.org/h", events: ["brief.published"] }))).code).toBe(
      "forbidden",
    );
    const bad = await refusal(createWebhookEndpoint(admin, { url: "ftp://example.org/h", events: [] }));
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["events", "url"]);
    expect(
      (await refusal(createWebhookEndpoint(admin, { url: "https://example.org", events: ["brief.deleted" as never] }))).fieldErrors,
    ).toHaveProperty(["events.0"]);
    const created = await createWebhookEndpoint(admin, { url: "https://example.org/h", events: ["brief.published", "brief.published"] });
    expect(created.events).toEqual(["brief.published"]);
    expect(created.secret).toMatch(/^whsec_/);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: created.id, action: "webhook.create" } });
    expect(audit.data).not.toHaveProperty("secret");
  });

  it("holds deliveries of a deactivated endpoint, and re-sends a delivery as a new one", async () => {
    const hook = await receiver();
    const endpoint = await endpointFor(hook.url);
    hook.useSecret(endpoint.secret);
    const author = await newActor();
    await publishBrief(author, { briefId: (await approvedBrief(author)).id });
    await setWebhookEndpointActive(admin, { endpointId: endpoint.id, active: false });
    expect(await deliverDue()).toEqual([]);
    await setWebhookEndpointActive(admin, { endpointId: endpoint.id, active: true });
    const [first] = await deliverDue();
    expect(first).toMatchObject({ delivered: true });

    const again = await resendWebhookDelivery(admin, { deliveryId: first!.deliveryId });
    await deliverDue();
    const { deliveries } = await listWebhookDeliveries(admin, endpoint.id);
    expect(deliveries.map((d) => [d.id, d.status])).toEqual([
      [again.id, "delivered"],
      [first!.deliveryId, "delivered"],
    ]);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[0]!.body).toBe(hook.received[1]!.body);
    expect(hook.received.every((r) => r.verified)).toBe(true);
    expect((await refusal(resendWebhookDelivery(await newActor(), { deliveryId: first!.deliveryId }))).code).toBe("forbidden");
  });
});
