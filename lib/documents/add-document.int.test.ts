import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { sha256 } from "@/lib/revisions/content-hash";
import { buildBrief, buildSource } from "@/prisma/seed/factories";
import { addDocument } from "./add-document";

const article = readFileSync(new URL("../../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");

const newSource = (overrides: Parameters<typeof buildSource>[1] = {}) => db().$transaction((tx) => buildSource(tx, overrides));
const stored = (id: string) => db().document.findUniqueOrThrow({ where: { id } });
const upload = (name: string, type: string, text: string) => ({ name, type, bytes: new TextEncoder().encode(text) });

describe("addDocument", () => {
  it("stores the captured text byte for byte, with its sha-256, and records who added it", async () => {
    const me = await newActor();
    const source = await newSource({ name: "Newsweek" });
    const text = `${article}\n\n  \t`;
    expect(text.startsWith("Ukraine Cuts Off")).toBe(true);
    const pasted = `( ${text}`;

    const added = await addDocument(me, {
      title: "  Ukraine Cuts Off North Korean Relationship  ",
      url: " https://www.newsweek.com/ukraine-north-korea ",
      author: "",
      sourceId: source.id,
      publishedOn: "2022-07-14",
      language: "",
      capturedText: pasted,
    });

    const document = await stored(added.id);
    expect(document.capturedText).toBe(pasted);
    expect(Buffer.from(document.capturedText, "utf8").equals(Buffer.from(pasted, "utf8"))).toBe(true);
    expect(document.capturedText.startsWith("( ")).toBe(true);
    expect(document.capturedText.endsWith("\n\n  \t")).toBe(true);
    expect(document.contentHash).toBe(sha256(pasted));
    expect(added).toEqual({
      id: document.id,
      title: "Ukraine Cuts Off North Korean Relationship",
      contentHash: sha256(pasted),
      briefId: null,
      ref: null,
    });
    expect(document).toMatchObject({
      title: "Ukraine Cuts Off North Korean Relationship",
      url: "https://www.newsweek.com/ukraine-north-korea",
      author: null,
      sourceId: source.id,
      language: "en",
      addedById: me.id,
      publishedOn: new Date("2022-07-14T00:00:00Z"),
    });
    const audit = await db().auditEntry.findMany({ where: { entityType: "document", entityId: document.id } });
    expect(audit).toEqual([
      expect.objectContaining({ actorId: me.id, action: "document.add", data: expect.objectContaining({ contentHash: sha256(pasted) }) }),
    ]);
  });

  it("stores the fixture article exactly, curly quotes and the stray opening bracket included", async () => {
    const me = await newActor();
    const added = await addDocument(me, { title: "Fixture", sourceId: (await newSource()).id, capturedText: article });
    expect((await stored(added.id)).capturedText).toBe(article);
    expect(added.contentHash).toBe(sha256(article));
  });

  it("turns an uploaded HTML page into text, and keeps an uploaded .txt as it is", async () => {
    const me = await newActor();
    const source = await newSource();
    const page = `<html><head><style>p { color: red }</style><script>track()</script></head><body>
      <nav><a href="/">Home</a></nav><p>Kim pledged his &ldquo;full support&rdquo;.</p><p>Kyiv cut ties.</p></body></html>`;
    const fromHtml = await addDocument(me, { title: "From HTML", sourceId: source.id, file: upload("page.html", "text/html", page) });
    const html = await stored(fromHtml.id);
    expect(html.capturedText).toBe("Kim pledged his \u201Cfull support\u201D.\n\nKyiv cut ties.");
    expect(html.contentHash).toBe(sha256(html.capturedText));
    expect((await db().auditEntry.findFirstOrThrow({ where: { entityId: html.id } })).data).toMatchObject({ fileName: "page.html" });

    const plain = "( raw text\r\nwith <b>tags</b> kept  \n";
    const fromTxt = await addDocument(me, {
      title: "From text",
      sourceId: source.id,
      capturedText: null,
      file: upload("notes.txt", "text/plain", plain),
    });
    expect((await stored(fromTxt.id)).capturedText).toBe(plain);
  });

  it("refuses other files, and both a file and pasted text, on the file field", async () => {
    const me = await newActor();
    const sourceId = (await newSource()).id;
    const pdf = await refusal(addDocument(me, { title: "PDF", sourceId, file: upload("report.pdf", "application/pdf", "%PDF-1.7") }));
    expect(pdf.fieldErrors).toEqual({ file: ["Upload a .txt, .md or .html file."] });
    const both = await refusal(
      addDocument(me, { title: "Both", sourceId, capturedText: "text", file: upload("a.txt", "text/plain", "text") }),
    );
    expect(both.fieldErrors).toEqual({ file: ["Either paste the text or upload a file, not both."] });
    const empty = await refusal(
      addDocument(me, { title: "Empty page", sourceId, file: upload("a.html", "text/html", "<script>x()</script>") }),
    );
    expect(empty.fieldErrors).toEqual({ file: ["No text was found in this file."] });
  });

  it("refuses a missing title, a bad URL, a bad date and missing text, all at once, and stores nothing", async () => {
    const me = await newActor();
    const before = await db().document.count();
    const error = await refusal(
      addDocument(me, {
        title: "   ",
        url: "javascript:alert(1)",
        sourceId: (await newSource()).id,
        publishedOn: "14/07/2022",
        language: "english!",
        capturedText: "",
      }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors).toEqual({
      title: ["Enter a title."],
      url: ["Enter a web address that starts with http:// or https://."],
      publishedOn: ["Enter the date as YYYY-MM-DD, e.g. 2022-07-14."],
      language: ["Use a language code such as en, uk or pt-BR."],
      capturedText: ["Paste the document's text, or upload a file."],
    });
    expect(
      (await refusal(addDocument(me, { title: "T", sourceId: "s", publishedOn: "2022-02-30", capturedText: "x" }))).fieldErrors.publishedOn,
    ).toEqual(["There is no such day."]);
    expect(
      (await refusal(addDocument(me, { title: "T", sourceId: "s", url: "ftp://example.org/a", capturedText: "x" }))).fieldErrors.url,
    ).toBeDefined();
    expect((await refusal(addDocument(me, { title: "T", sourceId: "s", capturedText: " \n\t " }))).fieldErrors.capturedText).toBeDefined();
    expect(
      (await refusal(addDocument(me, { title: "T", sourceId: "s", capturedText: "a\u0000b" }))).fieldErrors.capturedText,
    ).toBeDefined();
    expect(
      (await refusal(addDocument(me, { title: "T", sourceId: "s", capturedText: "x".repeat(2 * 1024 * 1024 + 1) }))).fieldErrors
        .capturedText,
    ).toEqual(["The text is larger than 2 MB."]);
    expect(await db().document.count()).toBe(before);
  });

  it("refuses an unknown or retired publisher next to the publisher field", async () => {
    const me = await newActor();
    const unknown = await refusal(addDocument(me, { title: "T", sourceId: "no-such-source", capturedText: "x" }));
    expect(unknown.fieldErrors).toEqual({ sourceId: ["This publisher is not in the registry. Choose one from the list."] });
    const retired = await newSource();
    await db().source.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    expect((await refusal(addDocument(me, { title: "T", sourceId: retired.id, capturedText: "x" }))).fieldErrors.sourceId?.[0]).toMatch(
      /retired/,
    );
    expect((await refusal(addDocument(me, { title: "T", capturedText: "x" } as never))).fieldErrors.sourceId).toEqual([
      "Choose a publisher.",
    ]);
  });

  it("attaches the new document to a brief in the same transaction, or stores nothing", async () => {
    const me = await newActor();
    const sourceId = (await newSource()).id;
    const brief = await db().$transaction((tx) => buildBrief(tx, { authorIds: [me.id] }));
    const added = await addDocument(me, { title: "Attached", sourceId, capturedText: "text", briefId: brief.id });
    expect(added).toMatchObject({ briefId: brief.id, ref: "d1" });
    expect(await db().briefDocument.findMany({ where: { briefId: brief.id } })).toEqual([
      { briefId: brief.id, documentId: added.id, ref: "d1" },
    ]);

    const before = await db().document.count();
    // texts of their own: the same text again would be refused as a duplicate before the brief is looked at
    expect(
      (await refusal(addDocument(me, { title: "Orphan", sourceId, capturedText: "orphan text", briefId: "no-such-brief" }))).code,
    ).toBe("not_found");
    await db().brief.update({ where: { id: brief.id }, data: { state: "withdrawn" } });
    expect((await refusal(addDocument(me, { title: "Late", sourceId, capturedText: "late text", briefId: brief.id }))).code).toBe(
      "conflict",
    );
    expect(await db().document.count()).toBe(before);
  });

  it("is refused to anonymous and deactivated users", async () => {
    const sourceId = (await newSource()).id;
    const deactivated = await newActor({ active: false });
    const before = await db().document.count();
    for (const actor of [null, deactivated]) {
      expect((await refusal(addDocument(actor, { title: "T", sourceId, capturedText: "x" }))).code).toBe("unauthenticated");
    }
    expect(await db().document.count()).toBe(before);
  });
});
