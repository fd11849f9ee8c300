// The API's contract beyond the journey (api-journey.int.test.ts): the document lists
// every route handler; tokens per kind of caller; public caching (ETag, 304), CORS and
// cursor pages; rate limits. Every answer is checked against the OpenAPI document.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, publish, submitForReview } from "@/prisma/seed/workflow";
import { api, expectDocumented, newAddress } from "./test-api-client";
import { openApiDocument } from "./openapi-document";
import { OPERATIONS, operationRouteKey } from "./operations";
import { setTestEnv } from "@/lib/test-env";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function routeHandlers(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeHandlers(path);
    if (name !== "route.ts") return [];
    const source = readFileSync(path, "utf8");
    return [...source.matchAll(/export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${path}#${m[1]}`);
  });
}

/** A published brief by a fresh author, reviewed by another. */
async function publishedBrief(title: string, publishedAt?: Date) {
  const [author, reviewer] = [await newActor(), await newActor()];
  return db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "the words that matter" });
    const brief = await buildBrief(tx, { authorIds: [author.id], title, body: "Said [@q1]." });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "the words that matter", speakerName: "A Speaker" });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    await publish(tx, { reviewId: review.id, publisherId: author.id });
    if (publishedAt) await tx.publication.updateMany({ where: { briefId: brief.id }, data: { publishedAt } });
    return brief;
  });
}

const tokenFor = async (actor: Actor, input: Record<string, unknown> = {}) => createApiToken(actor, { name: "contract", ...input });

describe("the OpenAPI document", () => {
  it("lists every route handler under app/api/v1, and nothing that has none", () => {
    const handlers = routeHandlers("app/api/v1").sort();
    const documented = OPERATIONS.map(operationRouteKey).sort();
    expect(handlers.filter((h) => !documented.includes(h))).toEqual([]);
    expect(documented.filter((d) => !handlers.includes(d))).toEqual([]);
  });

  it("is OpenAPI 3.1 whose references all resolve", () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.filter((r) => !(r in document.components.schemas))).toEqual([]);
  });

  it("refuses an answer that does not match its schema (the contract check can fail)", () => {
    const getBrief = OPERATIONS.find((op) => op.operationId === "getBrief")!;
    expect(() => expectDocumented(getBrief, 200, { slug: "x" })).toThrow();
    expect(() => expectDocumented(getBrief, 418, null)).toThrow();
  });
});

describe("API tokens, per kind of caller", () => {
  const create = { title: "By token", summary: "", body: "", topics: [] };

  it("lets editors and admins act as themselves, and refuses everyone else with 401", async () => {
    const editor = await newActor();
    const admin = await newActor({ role: "admin" });
    const deactivated = await newActor();
    const deactivatedToken = (await tokenFor(deactivated)).token;
    await db().user.update({ where: { id: deactivated.id }, data: { active: false } });
    const revoked = await tokenFor(editor);
    await revokeApiToken(editor, { tokenId: revoked.id });
    const expired = await createApiToken(editor, { name: "old", expiresInDays: 1 }, new Date(Date.now() - 2 * 86_400_000));

    const as = (token?: string, headers?: Record<string, string>) => api("POST", "/api/v1/desk/briefs", { token, body: create, headers });
    expect((await as((await tokenFor(editor)).token)).status).toBe(201);
    expect((await as((await tokenFor(admin)).token)).status).toBe(201);
    for (const [who, answer] of [
      ["anonymous", await as()],
      ["a session cookie", await as(undefined, { cookie: "next-auth.session-token=anything" })],
      ["deactivated", await as(deactivatedToken)],
      ["revoked", await as(revoked.token)],
      ["expired", await as(expired.token)],
      ["made up", await as("bd_not-a-real-token")],
    ] as const) {
      expect(answer.status, who).toBe(401);
      expect((answer.body as Json).error.code, who).toBe("unauthenticated");
      expect(answer.headers.get("www-authenticate"), who).toMatch(/^Bearer/);
    }
  });

  it("records when a token was last used", async () => {
    const editor = await newActor();
    const { id, token } = await tokenFor(editor);
    await api("POST", "/api/v1/desk/briefs", { token, body: create });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses an editor what the policy refuses them: someone else's assigned review is 403", async () => {
    const [author, assigned, other] = [await newActor(), await newActor(), await newActor()];
    const reviewId = await db().$transaction(async (tx) => {
      const brief = await buildBrief(tx, { authorIds: [author.id] });
      return (await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: assigned.id })).review.id;
    });
    const answer = await api("POST", `/api/v1/desk/reviews/${reviewId}/decision`, {
      token: (await tokenFor(other)).token,
      body: { decision: "approve", checks: [] },
    });
    expect(answer.status).toBe(403);
    expect((answer.body as Json).error.code).toBe("forbidden");
  });
});

describe("public reads", () => {
  let slugs: string[];
  beforeAll(async () => {
    const day = (n: number) => new Date(Date.UTC(2021, 0, n, 12));
    slugs = [];
    for (const n of [1, 2, 3]) slugs.push((await publishedBrief(`Cursor brief ${n}`, day(n))).slug);
  });

  it("walks the archive page by page with an opaque cursor, within a date range", async () => {
    const first = await api("GET", "/api/v1/briefs?limit=2&from=2021-01-01&to=2021-01-03");
    expect(first.status).toBe(200);
    expect((first.body as Json).items.map((b: Json) => b.slug)).toEqual([slugs[2], slugs[1]]);
    const cursor = (first.body as Json).nextCursor as string;
    const second = await api("GET", `/api/v1/briefs?limit=2&from=2021-01-01&to=2021-01-03&cursor=${cursor}`);
    expect((second.body as Json).items.map((b: Json) => b.slug)).toEqual([slugs[0]]);
    expect((second.body as Json).nextCursor).toBeNull();
    const bad = await api("GET", "/api/v1/briefs?cursor=nonsense");
    expect(bad.status).toBe(400);
    expect((bad.body as Json).error.fields).toHaveProperty("cursor");
  });

  it("searches the full text with q, within the filters, and refuses a list's cursor for a search", async () => {
    const found = await api("GET", "/api/v1/briefs?q=cursor%20brief&from=2021-01-01&to=2021-01-03");
    expect(found.status).toBe(200);
    expect((found.body as Json).items.map((b: Json) => b.slug).sort()).toEqual([...slugs].sort());
    const none = await api("GET", "/api/v1/briefs?q=zzyzxnothingmatches");
    expect((none.body as Json).items).toEqual([]);
    const listCursor = ((await api("GET", "/api/v1/briefs?limit=1")).body as Json).nextCursor as string;
    const mixed = await api("GET", `/api/v1/briefs?q=cursor&cursor=${listCursor}`);
    expect(mixed.status).toBe(400);
    expect((mixed.body as Json).error.fields).toHaveProperty("cursor");
  });

  it("answers an unknown or unpublished slug with 404 and a JSON error", async () => {
    const draft = await db().$transaction((tx) => buildBrief(tx));
    for (const slug of ["no-such-brief", draft.slug]) {
      const answer = await api("GET", `/api/v1/briefs/${slug}`);
      expect(answer.status).toBe(404);
      expect((answer.body as Json).error.code).toBe("not_found");
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    }
  });

  it("sends an ETag and a short public Cache-Control, and 304 for a current If-None-Match", async () => {
    const first = await api("GET", `/api/v1/briefs/${slugs[0]}`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const again = await api("GET", `/api/v1/briefs/${slugs[0]}`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers.get("etag")).toBe(etag);
    const other = await api("GET", `/api/v1/briefs/${slugs[0]}`, { headers: { "if-none-match": '"something-else"' } });
    expect(other.status).toBe(200);
  });

  it("allows GET from any origin and answers the CORS preflight", async () => {
    for (const path of ["/api/v1/briefs", "/api/v1/topics", "/api/v1/sources", "/api/v1/openapi.json"]) {
      const answer = await api("GET", path, { headers: { origin: "https://partner.example" } });
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get("access-control-allow-origin"), path).toBe("*");
    }
    const preflight = await api("OPTIONS", `/api/v1/briefs/${slugs[0]}`, {
      headers: { origin: "https://partner.example", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("rate limits", () => {
  afterEach(() => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: undefined });
    setTestEnv({ BRIEFDESK_API_TOKEN_LIMIT: undefined });
  });

  it("answers 429 with Retry-After past the limit of one address, and not for another address", async () => {
    setTestEnv({ BRIEFDESK_API_ADDRESS_LIMIT: "3" });
    const address = newAddress();
    for (let i = 0; i < 3; i++) expect((await api("GET", "/api/v1/topics", { address })).status).toBe(200);
    const refused = await api("GET", "/api/v1/topics", { address });
    expect(refused.status).toBe(429);
    expect((refused.body as Json).error.code).toBe("throttled");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await api("GET", "/api/v1/topics", { address: newAddress() })).status).toBe(200);
  });

  it("limits one token across addresses", async () => {
    setTestEnv({ BRIEFDESK_API_TOKEN_LIMIT: "2" });
    const { token } = await tokenFor(await newActor());
    const body = { title: "Limited", summary: "", body: "", topics: [] };
    expect((await api("POST", "/api/v1/desk/briefs", { token, body, address: newAddress() })).status).toBe(201);
    expect((await api("POST", "/api/v1/desk/briefs", { token, body, address: newAddress() })).status).toBe(201);
    const refused = await api("POST", "/api/v1/desk/briefs", { token, body, address: newAddress() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
