// A script's journey through the API alone, every answer checked against the OpenAPI
// document: create a brief, source it (document, quote, event), submit it, have a
// second editor's token review it, publish, correct, read it back publicly, withdraw.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { db } from "@/lib/db/client";
import { newActor } from "@/lib/test-support";
import { buildSource } from "@/prisma/seed/factories";
import { api } from "./test-api-client";

// Publishing purges the reader cache; outside a Next server there is none to purge.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let author: string;
let reviewer: string;
let sourceId: string;

beforeAll(async () => {
  author = (await createApiToken(await newActor(), { name: "author script" })).token;
  reviewer = (await createApiToken(await newActor(), { name: "reviewer script" })).token;
  sourceId = (await db().$transaction((tx) => buildSource(tx, { name: "Ministry of Foreign Affairs of Ukraine" }))).id;
});

const TEXT = "Ukraine severs diplomatic relations with the DPRK. “This is a blatant violation,” the minister said on 13 July.";

describe("a brief made, reviewed, published and corrected through the API only", () => {
  it("goes from nothing to a corrected publication that readers can fetch", async () => {
    const created = await api("POST", "/api/v1/desk/briefs", {
      token: author,
      body: {
        title: "Ukraine cuts ties with North Korea",
        summary: "Kyiv ended relations with Pyongyang.",
        body: "",
        topics: ["Ukraine", "North Korea"],
      },
    });
    expect(created.status).toBe(201);
    const { id, slug } = created.body as Json;

    const document = await api("POST", "/api/v1/desk/documents", {
      token: author,
      body: { title: "Statement of the ministry", sourceId, capturedText: TEXT, url: "https://mfa.gov.ua/en/news/statement", briefId: id },
    });
    expect(document.status).toBe(201);
    expect((document.body as Json).ref).toBe("d1");

    const quote = await api("POST", `/api/v1/desk/briefs/${id}/quotes`, {
      token: author,
      body: {
        text: "This is a blatant violation",
        speakerName: "Dmytro Kuleba",
        documentId: (document.body as Json).id,
        saidOn: "2022-07-13",
      },
    });
    expect(quote.status).toBe(201);
    expect((quote.body as Json).quote.verification).toBe("verbatim");

    const event = await api("POST", `/api/v1/desk/briefs/${id}/events`, {
      token: author,
      body: {
        description: "Ukraine severs relations with the DPRK",
        date: "2022-07-13",
        precision: "day",
        documentIds: [(document.body as Json).id],
      },
    });
    expect(event.status).toBe(201);
    const plan = await api("POST", `/api/v1/desk/briefs/${id}/events`, {
      token: author,
      body: {
        description: "Talks on the embassies resume",
        date: "2027-03-01",
        precision: "month",
        planned: true,
        documentIds: [(document.body as Json).id],
      },
    });
    expect(plan.status).toBe(201);
    let version = (plan.body as Json).version as number;

    // a stale version is refused and changes nothing
    const stale = await api("PATCH", `/api/v1/desk/briefs/${id}`, { token: author, body: { version: version - 1, body: "Overwritten?" } });
    expect(stale.status).toBe(409);
    expect((stale.body as Json).error.code).toBe("conflict");

    const saved = await api("PATCH", `/api/v1/desk/briefs/${id}`, {
      token: author,
      body: { version, body: "Kyiv cut ties [@q1] on 13 July [@e1], per [@d1]." },
    });
    expect(saved.status).toBe(200);
    version = (saved.body as Json).version;

    const submitted = await api("POST", `/api/v1/desk/briefs/${id}/submit`, { token: author, body: { version } });
    expect(submitted.status).toBe(200);
    const reviewId = (submitted.body as Json).reviewId as string;
    const checks = [
      { itemKind: "quote", itemRef: "q1", checked: true },
      { itemKind: "event", itemRef: "e1", checked: true },
      { itemKind: "event", itemRef: "e2", checked: true },
    ];

    // four-eyes: the author's own token cannot approve
    const own = await api("POST", `/api/v1/desk/reviews/${reviewId}/decision`, { token: author, body: { decision: "approve", checks } });
    expect(own.status).toBe(403);
    // approval needs every item checked
    const unchecked = await api("POST", `/api/v1/desk/reviews/${reviewId}/decision`, {
      token: reviewer,
      body: { decision: "approve", checks: [] },
    });
    expect(unchecked.status).toBe(400);
    expect(Object.keys((unchecked.body as Json).error.fields)).toEqual(["checks.q1", "checks.e1", "checks.e2"]);

    const approved = await api("POST", `/api/v1/desk/reviews/${reviewId}/decision`, {
      token: reviewer,
      body: { decision: "approve", checks },
    });
    expect(approved.status).toBe(200);
    expect((approved.body as Json).state).toBe("approved");

    const published = await api("POST", `/api/v1/desk/briefs/${id}/publish`, { token: author, body: {} });
    expect(published.status).toBe(200);
    expect((published.body as Json).version).toBe(1);

    const read = await api("GET", `/api/v1/briefs/${slug}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ title: "Ukraine cuts ties with North Korea", version: 1, corrections: [] });
    expect((read.body as Json).quotes[0]).toMatchObject({ ref: "q1", speakerName: "Dmytro Kuleba", verification: "verbatim" });
    // a reader of the API can tell what happened from what was only planned
    expect((read.body as Json).events.map((e: Json) => [e.description, e.planned])).toEqual([
      ["Ukraine severs relations with the DPRK", false],
      ["Talks on the embassies resume", true],
    ]);

    // correct it: edit, review again, publish with a correction note
    const edited = await api("PATCH", `/api/v1/desk/briefs/${id}`, {
      token: author,
      body: { version: version + 0, summary: "Kyiv ended relations with Pyongyang on 13 July 2022." },
    });
    expect(edited.status).toBe(200);
    const resubmitted = await api("POST", `/api/v1/desk/briefs/${id}/submit`, {
      token: author,
      body: { version: (edited.body as Json).version },
    });
    expect(resubmitted.status).toBe(200);
    const reapproved = await api("POST", `/api/v1/desk/reviews/${(resubmitted.body as Json).reviewId}/decision`, {
      token: reviewer,
      body: { decision: "approve", checks },
    });
    expect(reapproved.status).toBe(200);
    const noNote = await api("POST", `/api/v1/desk/briefs/${id}/publish`, { token: author, body: {} });
    expect(noNote.status).toBe(400);
    expect((noNote.body as Json).error.fields).toHaveProperty("correction");
    const corrected = await api("POST", `/api/v1/desk/briefs/${id}/publish`, {
      token: author,
      body: { correction: { kind: "clarification", note: "The summary now gives the date." } },
    });
    expect(corrected.status).toBe(200);
    expect((corrected.body as Json).version).toBe(2);

    const reread = await api("GET", `/api/v1/briefs/${slug}`);
    expect(reread.body).toMatchObject({
      version: 2,
      summary: "Kyiv ended relations with Pyongyang on 13 July 2022.",
      corrections: [{ kind: "clarification", note: "The summary now gives the date." }],
    });
    const list = await api("GET", "/api/v1/briefs?topic=north-korea");
    expect((list.body as Json).items.map((b: Json) => b.slug)).toContain(slug);
    const topics = await api("GET", "/api/v1/topics");
    expect((topics.body as Json).items).toContainEqual({ slug: "north-korea", name: "North Korea", briefCount: expect.any(Number) });

    const withdrawn = await api("POST", `/api/v1/desk/briefs/${id}/withdraw`, {
      token: author,
      body: { reason: "The ministry retracted its statement." },
    });
    expect(withdrawn.status).toBe(200);
    const gone = await api("GET", `/api/v1/briefs/${slug}`);
    expect(gone.status).toBe(410);
    expect((gone.body as Json).withdrawn.reason).toBe("The ministry retracted its statement.");
  });

  it("answers a brief that fails its checks with 422 and the problems", async () => {
    const created = await api("POST", "/api/v1/desk/briefs", {
      token: author,
      body: { title: "Unfinished", summary: "", body: "Cites [@q9].", topics: [] },
    });
    const submitted = await api("POST", `/api/v1/desk/briefs/${(created.body as Json).id}/submit`, { token: author, body: { version: 1 } });
    expect(submitted.status).toBe(422);
    expect((submitted.body as Json).error.code).toBe("checks_failed");
    expect((submitted.body as Json).error.details.problems.length).toBeGreaterThan(0);
  });

  it("answers bad input with 400 and the failing fields, and bad JSON with 400", async () => {
    const invalid = await api("POST", "/api/v1/desk/briefs", { token: author, body: { title: "", summary: "", body: "", topics: [] } });
    expect(invalid.status).toBe(400);
    expect((invalid.body as Json).error).toMatchObject({ code: "invalid", fields: { title: ["Enter a title."] } });
    const broken = await api("POST", "/api/v1/desk/briefs", { token: author, body: "{not json" });
    expect(broken.status).toBe(400);
    const missing = await api("PATCH", "/api/v1/desk/briefs/no-such-brief", { token: author, body: { version: 1, title: "x" } });
    expect(missing.status).toBe(404);
    expect((missing.body as Json).error.code).toBe("not_found");
  });
});
