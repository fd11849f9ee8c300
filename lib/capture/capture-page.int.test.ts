// Issue 19 items 1 and 4: real captures from a fixture server on 127.0.0.1 (loopback
// allowed for the test only), saved as documents, captured again as new versions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDocument } from "@/lib/documents/add-document";
import { sha256 } from "@/lib/revisions/content-hash";
import { newActor, refusal } from "@/lib/test-support";
import { addQuote, buildBrief, buildSource, citeDocument } from "@/prisma/seed/factories";
import type { Resolver } from "@/lib/security/public-address";
import { captureAgain } from "./capture-again";
import { capturePage, type CaptureStage } from "./capture-page";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { wordDiff } from "./word-diff";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

/** news.ledger.example and ministry.example answer 127.0.0.1, where the fixture server listens. */
const localDns: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
const fetch = () => ({ allowLoopback: true, resolve: localDns, extraPorts: [server.port] });
const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;

describe("capturePage", () => {
  it("captures a news article: main text, JSON-LD metadata, the page as fetched, the publisher by domain", async () => {
    const me = await newActor();
    const ledger = await db().source.create({
      data: { slug: `ledger-${Date.now()}`, name: "The Coastal Ledger", kind: "outlet", domains: ["ledger.example"] },
    });
    await db().source.create({
      data: {
        slug: `retired-${Date.now()}`,
        name: "Retired Ledger",
        kind: "outlet",
        domains: ["news.ledger.example"],
        retiredAt: new Date(),
      },
    });
    const stages: CaptureStage[] = [];
    const proposal = await capturePage(
      me,
      { url: at("news.ledger.example", "/redirect/2") },
      { fetch: fetch(), onStage: (s) => stages.push(s) },
    );

    expect(stages).toEqual(["fetching", "extracting", "saving"]);
    expect(proposal).toMatchObject({
      finalUrl: at("news.ledger.example", "/news-article"),
      url: at("news.ledger.example", "/news/2026/harbour-dredging-delay"),
      title: "Harbour authority confirms dredging delay",
      author: "Mira Okafor, Tom Reyes",
      publishedOn: "2026-03-14",
      language: "en-GB",
      publisher: { id: ledger.id, name: "The Coastal Ledger", confirmed: true },
      suggestedSource: null,
    });
    const stored = await db().pageCapture.findUniqueOrThrow({ where: { id: proposal.captureId } });
    expect(stored).toMatchObject({
      requestedUrl: at("news.ledger.example", "/redirect/2"),
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      capturedById: me.id,
      documentId: null,
    });
    expect(Buffer.from(stored.body).toString("utf8")).toContain('<script>document.title = "SCRIPT RAN"');
    expect(stored.text).toContain("the authority's director, Helena Brandt, told reporters");

    // the editor confirms: the document's text is the capture's, with its sha-256
    const added = await addDocument(me, {
      title: proposal.title!,
      url: proposal.url,
      sourceId: ledger.id,
      author: proposal.author,
      publishedOn: proposal.publishedOn,
      language: proposal.language,
      captureId: proposal.captureId,
    });
    const document = await db().document.findUniqueOrThrow({ where: { id: added.id }, include: { pageCapture: true } });
    expect(document.capturedText).toBe(stored.text);
    expect(document.contentHash).toBe(sha256(stored.text));
    expect(document.pageCapture?.id).toBe(proposal.captureId);

    // one capture makes one document, and only for the editor who made it
    const again = await refusal(addDocument(me, { title: "Again", sourceId: ledger.id, captureId: proposal.captureId }));
    expect(again.fieldErrors.url).toEqual(["This capture was saved as a document already: capture the page again for a new one."]);
    const other = await refusal(
      addDocument(await newActor(), {
        title: "Other",
        sourceId: ledger.id,
        captureId: (await capturePage(me, { url: at("news.ledger.example", "/news-article") }, { fetch: fetch() })).captureId,
      }),
    );
    expect(other.fieldErrors.url).toEqual(["This capture is not available: capture the page again."]);
    const both = await refusal(
      addDocument(me, { title: "Both", sourceId: ledger.id, captureId: proposal.captureId, capturedText: "pasted" }),
    );
    expect(both.fieldErrors.capturedText?.[0]).toMatch(/^The page was captured from its address/);
  });

  it("reads OpenGraph when there is no JSON-LD, and suggests a new source for an unknown domain", async () => {
    const proposal = await capturePage(await newActor(), { url: at("www.ministry.example", "/opengraph-only") }, { fetch: fetch() });
    expect(proposal).toMatchObject({
      title: "Statement on the regional water supply",
      author: null,
      publishedOn: "2026-02-01",
      language: "pt-BR",
      url: "https://ministry.example/statements/water-supply",
      publisher: null,
      suggestedSource: { name: "Ministry of Water Resources", domain: "ministry.example" },
    });
    expect(proposal.textStart).toMatch(/^Statement on the regional water supply|^The ministry has approved/);
  });

  it("refuses what cannot be captured, with the sentence for the address field, and stores nothing", async () => {
    const me = await newActor();
    const before = await db().pageCapture.count();
    for (const [path, message] of [
      ["/report.pdf", /^PDF files cannot be captured yet/],
      ["/oversized", /^The page is larger than 5 MB/],
      ["/to-private", /^That address is on a private network and cannot be fetched\.$/],
    ] as const) {
      const error = await refusal(capturePage(me, { url: `${server.origin}${path}` }, { fetch: fetch() }));
      expect(error.fieldErrors.url?.[0]).toMatch(message);
    }
    const production = await refusal(capturePage(me, { url: `${server.origin}/news-article` }));
    expect(production.fieldErrors.url).toEqual(["That address is on a private network and cannot be fetched."]);
    expect(await db().pageCapture.count()).toBe(before);
    expect((await refusal(capturePage(null, { url: `${server.origin}/news-article` }, { fetch: fetch() }))).code).toBe("unauthenticated");
  });

  it("reads a big page in a separate process", async () => {
    const proposal = await capturePage(await newActor(), { url: `${server.origin}/big-article` }, { fetch: fetch() });
    expect(proposal.title).toBe("A long article");
    expect(proposal.textLength).toBeGreaterThan(100_000);
  });
});

describe("captureAgain", () => {
  it("stores a new version, shows what changed, and leaves quotes on the old capture", async () => {
    const me = await newActor();
    const source = await db().$transaction((tx) => buildSource(tx));
    const first = await capturePage(me, { url: `${server.origin}/changing` }, { fetch: fetch() });
    const original = await addDocument(me, {
      title: "Budget statement",
      url: `${server.origin}/changing`,
      sourceId: source.id,
      captureId: first.captureId,
    });
    const brief = await db().$transaction((tx) => buildBrief(tx, { authorIds: [me.id] }));
    await db().$transaction(async (tx) => {
      await citeDocument(tx, { briefId: brief.id, documentId: original.id, ref: "d1" });
      await addQuote(tx, {
        briefId: brief.id,
        documentId: original.id,
        ref: "q1",
        text: "rise by four percent",
        speakerName: "The minister",
      });
    });

    const next = await captureAgain(me, { documentId: original.id }, { fetch: fetch() });
    expect(next).toMatchObject({ previousVersionId: original.id, changed: true });
    const [before, after] = await Promise.all(
      [original.id, next.id].map((id) => db().document.findUniqueOrThrow({ where: { id }, include: { quotes: true, pageCapture: true } })),
    );
    expect(before!.capturedText).toContain("rise by four percent");
    expect(before!.quotes.map((q) => q.text)).toEqual(["rise by four percent"]);
    expect(after).toMatchObject({ title: "Budget statement", sourceId: source.id, previousVersionId: original.id, quotes: [] });
    expect(after!.capturedText).toContain("rise by two percent");
    expect(after!.pageCapture?.finalUrl).toBe(`${server.origin}/changing`);
    const diff = wordDiff(before!.capturedText, after!.capturedText);
    expect(diff.state === "changed" && diff.parts.filter((p) => p.kind !== "same").map((p) => p.text)).toEqual(["four", "two"]);

    // only the latest version is captured again
    expect((await refusal(captureAgain(me, { documentId: original.id }, { fetch: fetch() }))).code).toBe("conflict");
  });
});
