import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { addEvent, addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { attachDocument } from "./attach-document";
import { detachDocument } from "./detach-document";
import { getDocument } from "./get-document";
import { listDocuments } from "./list-documents";

const article = readFileSync(new URL("../../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");

const newBrief = (overrides: Parameters<typeof buildBrief>[1] = {}) => db().$transaction((tx) => buildBrief(tx, overrides));
const newDocument = (overrides: Parameters<typeof buildDocument>[1] = {}) => db().$transaction((tx) => buildDocument(tx, overrides));
const briefState = (id: string) => db().brief.findUniqueOrThrow({ where: { id }, select: { version: true, state: true } });
const refs = (briefId: string) =>
  db()
    .briefDocument.findMany({ where: { briefId }, orderBy: { ref: "asc" } })
    .then((rows) => rows.map((r) => [r.ref, r.documentId]));

describe("attachDocument", () => {
  it("gives d1, then d2, each time raising the brief's version and recording a revision", async () => {
    const me = await newActor();
    const brief = await newBrief({ authorIds: [me.id] });
    const [first, second] = [await newDocument(), await newDocument()];
    const revisions = () => db().revision.count({ where: { briefId: brief.id } });
    const revisionsBefore = await revisions();

    expect(await attachDocument(me, { briefId: brief.id, documentId: first.id })).toBe("d1");
    expect(await briefState(brief.id)).toEqual({ version: 2, state: "draft" });
    expect(await revisions()).toBe(revisionsBefore + 1);

    expect(await attachDocument(me, { briefId: brief.id, documentId: second.id })).toBe("d2");
    expect(await briefState(brief.id)).toEqual({ version: 3, state: "draft" });
    expect(await revisions()).toBe(revisionsBefore + 2);
    expect(await refs(brief.id)).toEqual([
      ["d1", first.id],
      ["d2", second.id],
    ]);

    const latest = await db().revision.findFirstOrThrow({ where: { briefId: brief.id }, orderBy: { number: "desc" } });
    expect(latest).toMatchObject({ briefVersion: 3, authorId: me.id });
    expect((latest.snapshot as { documents: { id: string; ref: string }[] }).documents.map((d) => [d.ref, d.id]).sort()).toEqual([
      ["d1", first.id],
      ["d2", second.id],
    ]);
  });

  it("is idempotent: attaching again returns the same ref and changes nothing", async () => {
    const me = await newActor();
    const brief = await newBrief();
    const document = await newDocument();
    expect(await attachDocument(me, { briefId: brief.id, documentId: document.id })).toBe("d1");
    const before = await briefState(brief.id);
    expect(await attachDocument(me, { briefId: brief.id, documentId: document.id })).toBe("d1");
    expect(await briefState(brief.id)).toEqual(before);
  });

  it("gives two documents attached at the same moment different refs", async () => {
    const me = await newActor();
    const brief = await newBrief();
    const [a, b] = [await newDocument(), await newDocument()];
    const given = await Promise.all([a, b].map((d) => attachDocument(me, { briefId: brief.id, documentId: d.id })));
    expect(given.sort()).toEqual(["d1", "d2"]);
  });

  it("returns an approved brief to draft", async () => {
    const me = await newActor();
    const brief = await newBrief();
    await db().brief.update({ where: { id: brief.id }, data: { state: "approved" } });
    await attachDocument(me, { briefId: brief.id, documentId: (await newDocument()).id });
    expect((await briefState(brief.id)).state).toBe("draft");
  });

  it("refuses an unknown brief or document", async () => {
    const me = await newActor();
    expect((await refusal(attachDocument(me, { briefId: "nope", documentId: (await newDocument()).id }))).code).toBe("not_found");
    expect((await refusal(attachDocument(me, { briefId: (await newBrief()).id, documentId: "nope" }))).code).toBe("not_found");
    expect((await refusal(attachDocument(me, { briefId: "", documentId: "" }))).fieldErrors).toHaveProperty("briefId");
  });

  it("is refused to anonymous and deactivated users", async () => {
    const brief = await newBrief();
    const document = await newDocument();
    for (const actor of [null, await newActor({ active: false })]) {
      expect((await refusal(attachDocument(actor, { briefId: brief.id, documentId: document.id }))).code).toBe("unauthenticated");
    }
    expect(await refs(brief.id)).toEqual([]);
  });
});

describe("detachDocument", () => {
  async function citedSetup() {
    const me = await newActor();
    const document = await newDocument({ capturedText: article });
    const brief = await newBrief({ body: "Kyiv cut ties." });
    await attachDocument(me, { briefId: brief.id, documentId: document.id });
    return { me, document, brief };
  }

  it("is refused while a quote of the brief cites the document", async () => {
    const { me, document, brief } = await citedSetup();
    await db().$transaction((tx) =>
      addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "full support", speakerName: "Kim Jong-Un" }),
    );
    const before = await briefState(brief.id);
    const error = await refusal(detachDocument(me, { briefId: brief.id, documentId: document.id }));
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("This document is still cited by 1 quote (q1). Remove those citations first, then detach it.");
    expect(await briefState(brief.id)).toEqual(before);
    expect(await refs(brief.id)).toEqual([["d1", document.id]]);
  });

  it("is refused while an event cites the document or the body uses its marker", async () => {
    const { me, document, brief } = await citedSetup();
    await db().$transaction((tx) =>
      addEvent(tx, {
        briefId: brief.id,
        ref: "e1",
        description: "Ties cut",
        date: "2022-07-13",
        precision: "day",
        documentIds: [document.id],
      }),
    );
    await db().brief.update({ where: { id: brief.id }, data: { body: "Kyiv cut ties [@d1]." } });
    const error = await refusal(detachDocument(me, { briefId: brief.id, documentId: document.id }));
    expect(error.message).toBe(
      "This document is still cited by 1 event (e1), the body's [@d1] marker. Remove those citations first, then detach it.",
    );
    expect(await refs(brief.id)).toEqual([["d1", document.id]]);
  });

  it("detaches an uncited document as an edit of the brief, and a second detach changes nothing", async () => {
    const { me, document, brief } = await citedSetup();
    // A quote of another brief citing the document does not hold this one.
    const other = await newBrief();
    await db().$transaction(async (tx) => {
      await citeDocument(tx, { briefId: other.id, documentId: document.id, ref: "d1" });
      await addQuote(tx, { briefId: other.id, documentId: document.id, ref: "q1", text: "full support", speakerName: "Kim Jong-Un" });
    });
    const before = await briefState(brief.id);
    expect(await detachDocument(me, { briefId: brief.id, documentId: document.id })).toEqual({ ref: "d1", detached: true });
    expect(await refs(brief.id)).toEqual([]);
    expect((await briefState(brief.id)).version).toBe(before.version + 1);
    expect(await detachDocument(me, { briefId: brief.id, documentId: document.id })).toEqual({ ref: null, detached: false });
    expect((await briefState(brief.id)).version).toBe(before.version + 1);
  });

  it("is refused to anonymous and deactivated users", async () => {
    const { document, brief } = await citedSetup();
    for (const actor of [null, await newActor({ active: false })]) {
      expect((await refusal(detachDocument(actor, { briefId: brief.id, documentId: document.id }))).code).toBe("unauthenticated");
    }
  });
});

describe("getDocument and listDocuments", () => {
  it("gives the document with its publisher, and every quote citing it with its brief", async () => {
    const me = await newActor();
    const document = await newDocument({
      capturedText: article,
      title: "Ukraine Cuts Off North Korean Relationship",
      publishedOn: "2022-07-14",
    });
    const brief = await newBrief({ title: "Ukraine cuts ties with North Korea" });
    await db().$transaction(async (tx) => {
      await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
      await addQuote(tx, {
        briefId: brief.id,
        documentId: document.id,
        ref: "q1",
        text: "full support",
        speakerName: "Kim Jong-Un",
        speakerTitle: "North Korea's leader",
      });
      await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q2", text: "fully supports", speakerName: "Kim Jong-Un" });
    });

    const detail = await getDocument(me, document.id);
    expect(detail).toMatchObject({
      id: document.id,
      title: "Ukraine Cuts Off North Korean Relationship",
      capturedText: article,
      contentHash: document.contentHash,
      publishedOn: "2022-07-14",
      language: "en",
      source: { id: document.sourceId, reliability: "unrated", stateAffiliated: false, retiredAt: null },
      briefs: [{ id: brief.id, title: brief.title, slug: brief.slug, ref: "d1" }],
    });
    expect(detail.quotes).toEqual([
      expect.objectContaining({
        ref: "q1",
        text: "full support",
        speakerName: "Kim Jong-Un",
        speakerTitle: "North Korea's leader",
        verification: "verbatim",
        brief: { id: brief.id, title: brief.title, slug: brief.slug },
      }),
      expect.objectContaining({
        ref: "q2",
        text: "fully supports",
        verification: "not_found",
        brief: { id: brief.id, title: brief.title, slug: brief.slug },
      }),
    ]);
    expect((await refusal(getDocument(me, "no-such-document"))).code).toBe("not_found");
    for (const actor of [null, await newActor({ active: false })]) {
      expect((await refusal(getDocument(actor, document.id))).code).toBe("unauthenticated");
    }
  });

  it("lists documents newest first, searching titles in any case", async () => {
    const me = await newActor();
    const marker = `zebra${Date.now()}`;
    const older = await newDocument({ title: `Older ${marker} report` });
    const newer = await newDocument({ title: `Newer ${marker.toUpperCase()} REPORT` });
    await newDocument({ title: "Unrelated" });
    const found = await listDocuments(me, { query: `${marker} report` });
    expect(found.map((d) => d.id)).toEqual([newer.id, older.id]);
    expect(found[0]).not.toHaveProperty("capturedText");
    expect((await listDocuments(me, { query: "", limit: 1 })).map((d) => d.id)).toHaveLength(1);
    expect((await refusal(listDocuments(null))).code).toBe("unauthenticated");
  });
});
