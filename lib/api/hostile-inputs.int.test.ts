// Issue 14 items 8 and 12 through the JSON API: NUL and lone surrogates in paths,
// queries and fields are refused with 400 (never a database error), topics that slug
// alike are one topic, invisible titles are refused, and a body too large to read is
// 413 "too large" rather than "not valid JSON".
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { db } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { api, newAddress } from "./test-api-client";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const error = (answer: { body: unknown }) => (answer.body as Json).error;

let token: string;
let briefId: string;
beforeAll(async () => {
  token = (await createApiToken(await newActor(), { name: "hostile script" })).token;
  const created = await api("POST", "/api/v1/desk/briefs", {
    token,
    address: newAddress(),
    body: { title: "A brief to attack", summary: "", body: "", topics: [] },
  });
  briefId = (created.body as Json).id;
});

describe("NUL and broken characters", () => {
  it.each(["/api/v1/briefs/%00", "/api/v1/briefs/a%00b", "/api/v1/briefs?q=%00", "/api/v1/briefs?topic=%00"])(
    "GET %s is a 400, not a database error",
    async (url) => {
      const answer = await api("GET", url, { address: newAddress() });
      expect(answer.status).toBe(400);
      expect(error(answer).code).toBe("invalid");
    },
  );

  it("PATCH /api/v1/desk/briefs/%00 is a 400", async () => {
    const answer = await api("PATCH", "/api/v1/desk/briefs/%00", { token, address: newAddress(), body: { version: 1, title: "x" } });
    expect(answer.status).toBe(400);
    expect(error(answer).code).toBe("invalid");
  });

  it("refuses NUL or a lone surrogate in a text field, next to that field, and stores nothing", async () => {
    const nul = await api("POST", "/api/v1/desk/briefs", {
      token,
      address: newAddress(),
      body: { title: "Null\u0000title", summary: "", body: "", topics: [] },
    });
    expect(nul.status).toBe(400);
    expect(error(nul).fields).toEqual({ title: [expect.stringMatching(/NUL/)] });

    // "\ud800" as JSON escapes: JSON.parse gives a lone surrogate, which UTF-8 cannot hold
    const raw = '{"title":"Broken \\ud800 title","summary":"","body":"","topics":["ok"]}';
    const surrogate = await api("POST", "/api/v1/desk/briefs", { token, address: newAddress(), body: raw });
    expect(surrogate.status).toBe(400);
    expect(error(surrogate).fields).toEqual({ title: [expect.stringMatching(/lone UTF-16 surrogate/)] });

    const inBody = await api("PATCH", `/api/v1/desk/briefs/${briefId}`, {
      token,
      address: newAddress(),
      body: { version: 1, body: "text\u0000more" },
    });
    expect(inBody.status).toBe(400);
    expect(error(inBody).fields).toHaveProperty("body");
    expect(await db().brief.count({ where: { title: { contains: "title" } } })).toBe(0);
  });
});

describe("input edge cases", () => {
  it("merges topics that slug alike instead of failing the save", async () => {
    const created = await api("POST", "/api/v1/desk/briefs", {
      token,
      address: newAddress(),
      body: { title: "Topics alike", summary: "", body: "", topics: ["Ukraine", "ukraine", "UKRAINE "] },
    });
    expect(created.status).toBe(201);
    const { id, version } = created.body as Json;
    const saved = await api("PATCH", `/api/v1/desk/briefs/${id}`, {
      token,
      address: newAddress(),
      body: { version, topics: ["Kyiv", "kyiv", "Kyïv"] },
    });
    expect(saved.status).toBe(200);
    const topics = await db().briefTopic.findMany({ where: { briefId: id }, select: { topic: { select: { slug: true } } } });
    expect(topics.map((t) => t.topic.slug)).toEqual(["kyiv"]);
  });

  it.each([["\u200b\u200b\u200b"], ["\u200d\u2060\u200c"], ["\u202e\u200f\u00ad"], ["\u3164\u2800"]])(
    "refuses a title of only invisible characters (%j)",
    async (title) => {
      const created = await api("POST", "/api/v1/desk/briefs", {
        token,
        address: newAddress(),
        body: { title, summary: "", body: "", topics: [] },
      });
      expect(created.status).toBe(400);
      expect(error(created).fields.title).toEqual([expect.stringMatching(/invisible/)]);
      const saved = await api("PATCH", `/api/v1/desk/briefs/${briefId}`, { token, address: newAddress(), body: { version: 1, title } });
      expect(saved.status).toBe(400);
      expect(Object.keys(error(saved).fields)).toEqual([expect.stringMatching(/title$/)]);
    },
  );

  it("reads a title of only spaces as no title", async () => {
    const created = await api("POST", "/api/v1/desk/briefs", {
      token,
      address: newAddress(),
      body: { title: "\u00a0\u2003\u202f", summary: "", body: "", topics: [] },
    });
    expect(created.status).toBe(400);
    expect(error(created).fields.title).toEqual(["Enter a title."]);
  });

  it("refuses a topic of only invisible characters", async () => {
    const created = await api("POST", "/api/v1/desk/briefs", {
      token,
      address: newAddress(),
      body: { title: "Invisible topic", summary: "", body: "", topics: ["\u200b"] },
    });
    expect(created.status).toBe(400);
    expect(error(created).fields).toHaveProperty(["topics.0"]);
  });

  it("answers a 20 MB body with 413 too large, with or without Content-Length", async () => {
    const huge = JSON.stringify({ title: "Huge", summary: "", body: "x".repeat(20 * 1024 * 1024), topics: [] });
    const declared = await api("POST", "/api/v1/desk/briefs", {
      token,
      address: newAddress(),
      body: huge,
      headers: { "content-length": String(huge.length) },
    });
    expect(declared.status).toBe(413);
    expect(error(declared)).toMatchObject({ code: "too_large", message: expect.stringMatching(/too large/) });
    const undeclared = await api("POST", "/api/v1/desk/briefs", { token, address: newAddress(), body: huge });
    expect(undeclared.status).toBe(413);
    // a body Next cut short at 10 MB is still "too large", not "not valid JSON"
    const cut = await api("POST", "/api/v1/desk/briefs", { token, address: newAddress(), body: huge.slice(0, 10 * 1024 * 1024) });
    expect(error(cut).code).toBe("too_large");
  });
});
