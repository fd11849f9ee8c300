// Issue 19 item 1 through the API: POST /api/v1/desk/documents with `url` and no
// `capturedText` captures the page; answers are checked against the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "@/lib/api/test-api-client";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { db } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { buildSource } from "@/prisma/seed/factories";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { setTestEnv } from "@/lib/test-env";

let server: FixtureServer;
let token: string;
beforeAll(async () => {
  server = await startFixtureServer();
  const editor = await newActor();
  token = (await createApiToken(editor, { name: "capture test" })).token;
});
afterAll(() => server.close());

describe("POST /api/v1/desk/documents with url", () => {
  it("captures the page as a document: its text, metadata and archived copy (loopback allowed by the test-only setting)", async () => {
    setTestEnv({ BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: "on" });
    try {
      const source = await db().$transaction((tx) => buildSource(tx));
      const answer = await api("POST", "/api/v1/desk/documents", {
        token,
        body: { url: `${server.origin}/redirect/1`, sourceId: source.id, language: "en" },
      });
      expect(answer.status).toBe(201);
      const body = answer.body as { id: string; title: string; capture: { finalUrl: string; proposedSourceId: string | null } };
      expect(body).toMatchObject({
        title: "Harbour authority confirms dredging delay",
        capture: { finalUrl: `${server.origin}/news-article`, proposedSourceId: null },
      });
      const document = await db().document.findUniqueOrThrow({ where: { id: body.id }, include: { pageCapture: true } });
      expect(document).toMatchObject({
        author: "Mira Okafor, Tom Reyes",
        language: "en",
        url: `${server.origin}/news/2026/harbour-dredging-delay`,
      });
      expect(document.capturedText).toContain("Helena Brandt, told reporters");
      expect(document.pageCapture?.finalUrl).toBe(`${server.origin}/news-article`);

      const noPublisher = await api("POST", "/api/v1/desk/documents", { token, body: { url: `${server.origin}/news-article` } });
      expect(noPublisher.status).toBe(400);
      expect(noPublisher.body).toMatchObject({
        error: { fields: { sourceId: ["No source can be proposed for an address without a domain name: choose the publisher."] } },
      });
    } finally {
      setTestEnv({ BRIEFDESK_CAPTURE_ALLOW_LOOPBACK: undefined });
    }
  });

  it("refuses a private address with the reason on url, and stores nothing", async () => {
    const before = await db().document.count();
    const answer = await api("POST", "/api/v1/desk/documents", { token, body: { url: `${server.origin}/news-article` } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { code: "invalid", fields: { url: ["That address is on a private network and cannot be fetched."] } },
    });
    expect(await db().document.count()).toBe(before);
    expect(server.requests.filter((r) => r === "/news-article").length).toBe(2); // only the two captures the first test allowed
  });
});
