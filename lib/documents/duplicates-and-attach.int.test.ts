// Issue 16, item 5: the same text twice is one document (a pasted duplicate names the
// stored one), and a stored document can be attached to another brief the actor may edit.
import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { buildBrief, buildDocument, buildSource, citeDocument } from "@/prisma/seed/factories";
import { addDocument, type DuplicateDocument } from "./add-document";
import { attachDocument } from "./attach-document";
import { listAttachTargets } from "./list-attach-targets";

const newBrief = () => db().$transaction((tx) => buildBrief(tx));
const newSource = () => db().$transaction((tx) => buildSource(tx));
const unique = () => `The council voted ${Math.random().toString(36).slice(2)} to close the street.`;

describe("addDocument and a text stored already", () => {
  it("refuses the duplicate next to the text, naming the stored document, and stores nothing", async () => {
    const me = await newActor();
    const source = await newSource();
    const text = unique();
    const first = await addDocument(me, { title: "First paste", sourceId: source.id, capturedText: text });
    const before = await db().document.count();

    const error = await refusal(addDocument(me, { title: "Second paste", sourceId: source.id, capturedText: text }));
    expect(error.code).toBe("conflict");
    expect(error.fieldErrors.capturedText?.[0]).toMatch(/^This exact text is stored already, as “First paste”/);
    expect((error.details as DuplicateDocument).duplicateOf).toEqual({
      id: first.id,
      title: "First paste",
      publisher: source.name,
      ref: null,
    });
    expect(await db().document.count()).toBe(before);
  });

  it("says when the brief cites the stored document already", async () => {
    const me = await newActor();
    const brief = await newBrief();
    const text = unique();
    const sourceId = (await newSource()).id;
    const first = await addDocument(me, { title: "For the brief", sourceId, capturedText: text, briefId: brief.id });
    const error = await refusal(addDocument(me, { title: "Again", sourceId, capturedText: text, briefId: brief.id }));
    expect(error.message).toContain("this brief cites it already as [@d1]");
    expect((error.details as DuplicateDocument).duplicateOf).toMatchObject({ id: first.id, ref: "d1" });
  });

  it("lets one of two identical pastes at the same moment through", async () => {
    const me = await newActor();
    const sourceId = (await newSource()).id;
    const text = unique();
    const outcomes = await Promise.allSettled([1, 2].map((n) => addDocument(me, { title: `Race ${n}`, sourceId, capturedText: text })));
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().document.count({ where: { capturedText: text } })).toBe(1);
  });

  it("treats a text that differs by one character as new", async () => {
    const me = await newActor();
    const sourceId = (await newSource()).id;
    const text = unique();
    await addDocument(me, { title: "One", sourceId, capturedText: text });
    await expect(addDocument(me, { title: "Two", sourceId, capturedText: `${text} ` })).resolves.toMatchObject({ title: "Two" });
  });
});

describe("attaching a stored document to another brief", () => {
  it("attaches it as the other brief's next ref, with an audit entry, leaving the first brief as it was", async () => {
    const me = await newActor();
    const [first, second] = [await newBrief(), await newBrief()];
    const document = await db().$transaction((tx) => buildDocument(tx));
    await db().$transaction((tx) => citeDocument(tx, { briefId: first.id, documentId: document.id, ref: "d1" }));
    expect(await attachDocument(me, { briefId: second.id, documentId: document.id })).toBe("d1");
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: second.id, action: "document.attach" } });
    expect(audit).toMatchObject({ actorId: me.id, entityType: "brief", data: { documentId: document.id, ref: "d1" } });
    expect(await db().briefDocument.count({ where: { documentId: document.id } })).toBe(2);
  });

  it("refuses a withdrawn brief, anonymous and deactivated users", async () => {
    const me = await newActor();
    const brief = await newBrief();
    await db().brief.update({ where: { id: brief.id }, data: { state: "withdrawn", withdrawnAt: new Date() } });
    const document = await db().$transaction((tx) => buildDocument(tx));
    expect((await refusal(attachDocument(me, { briefId: brief.id, documentId: document.id }))).code).toBe("conflict");
    const open = await newBrief();
    for (const actor of [null, await newActor({ active: false })]) {
      expect((await refusal(attachDocument(actor, { briefId: open.id, documentId: document.id }))).code).toBe("unauthenticated");
    }
    expect(await db().briefDocument.count({ where: { documentId: document.id } })).toBe(0);
  });

  it("offers the briefs the actor may edit that do not cite it yet", async () => {
    const me = await newActor();
    const document = await db().$transaction((tx) => buildDocument(tx));
    const [citing, other, withdrawn] = [await newBrief(), await newBrief(), await newBrief()];
    await db().$transaction((tx) => citeDocument(tx, { briefId: citing.id, documentId: document.id, ref: "d1" }));
    await db().brief.update({ where: { id: withdrawn.id }, data: { state: "withdrawn", withdrawnAt: new Date() } });
    const ids = (await listAttachTargets(me, { documentId: document.id })).map((b) => b.id);
    expect(ids).toContain(other.id);
    expect(ids).not.toContain(citing.id);
    expect(ids).not.toContain(withdrawn.id);
    expect((await refusal(listAttachTargets(null, { documentId: document.id }))).code).toBe("unauthenticated");
  });
});
