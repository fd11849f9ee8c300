import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { refusal } from "@/lib/test-support";
import { buildBrief, buildDocument, buildSource, buildUser, citeDocument } from "@/prisma/seed/factories";
import { acceptCandidate, rejectCandidate } from "./decide-candidate";
import { getDocumentCandidates } from "./get-document-candidates";

const ARTICLE = readFileSync(new URL("./fixtures/ukraine-north-korea.txt", import.meta.url), "utf8");

/** An editor, an approved brief citing the fixture article as d1, and the registry entry for Ukraine's ministry. */
async function desk() {
  return db().$transaction(async (tx) => {
    const editor: Actor = await buildUser(tx);
    const ministry = await buildSource(tx, { name: "Ministry of Foreign Affairs of Ukraine", kind: "government" });
    const brief = await buildBrief(tx, { authorIds: [editor.id] });
    await tx.brief.update({ where: { id: brief.id }, data: { state: "approved" } });
    const document = await buildDocument(tx, { capturedText: ARTICLE, publishedOn: "2022-07-14", title: "Ukraine cuts off North Korea" });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    return { editor, brief, document, ministry, ids: { briefId: brief.id, documentId: document.id } };
  });
}

const briefRow = (id: string) => db().brief.findUniqueOrThrow({ where: { id }, select: { version: true, state: true } });

async function candidates(actor: Actor, ids: { briefId: string; documentId: string }) {
  return getDocumentCandidates(actor, ids);
}

describe("getDocumentCandidates", () => {
  it("proposes the article's quotes, events and sources, none decided yet, matching the registry", async () => {
    const { editor, ids, ministry } = await desk();
    const found = await candidates(editor, ids);
    expect(found.document).toMatchObject({ ref: "d1", publishedOn: "2022-07-14" });
    expect(found.quotes).toHaveLength(10);
    expect(found.quotes.every((q) => q.status.state === "open")).toBe(true);
    const strongly = found.quotes.find((q) => q.text === "strongly condemns");
    expect(strongly).toMatchObject({ speakerName: "Oleh Nikolenko", speakerSourceId: ministry.id });
    expect(found.events.map((e) => e.dateLabel)).toContain("late June 2022");
    expect(found.sources.find((s) => s.name === "Ukraine’s Ministry of Foreign Affairs")?.status).toEqual({
      state: "in_registry",
      sourceId: ministry.id,
    });
    expect(found.sources.find((s) => s.name === "Russian state media")?.status).toEqual({ state: "open" });
  });

  it("refuses a document the brief does not cite, and a caller who is not signed in", async () => {
    const { editor, ids } = await desk();
    const other = await db().$transaction((tx) => buildDocument(tx));
    expect((await refusal(candidates(editor, { ...ids, documentId: other.id }))).code).toBe("not_found");
    expect((await refusal(getDocumentCandidates(null, ids))).code).toBe("unauthenticated");
  });
});

describe("acceptCandidate", () => {
  it("adds the quote as edited, citing the document: the brief goes back to draft with its version bumped and a revision", async () => {
    const { editor, ids, ministry } = await desk();
    const candidate = (await candidates(editor, ids)).quotes.find((q) => q.text === "strongly condemns")!;
    const decision = await acceptCandidate(editor, {
      ...ids,
      candidateKey: candidate.key,
      fields: {
        text: candidate.text,
        speakerName: "Oleh Nikolenko",
        speakerTitle: "Spokesman, Ministry of Foreign Affairs of Ukraine",
        speakerSourceId: ministry.id,
      },
    });
    expect(decision).toEqual({ candidateKey: candidate.key, decision: "accepted", itemRef: "q1", kind: "quote" });
    const quote = await db().quote.findFirstOrThrow({ where: { briefId: ids.briefId } });
    expect(quote).toMatchObject({
      ref: "q1",
      documentId: ids.documentId,
      text: "strongly condemns",
      speakerName: "Oleh Nikolenko",
      speakerTitle: "Spokesman, Ministry of Foreign Affairs of Ukraine",
      speakerSourceId: ministry.id,
      verification: "verbatim",
    });
    expect(await briefRow(ids.briefId)).toEqual({ version: 2, state: "draft" });
    expect(await db().revision.count({ where: { briefId: ids.briefId, briefVersion: 2 } })).toBe(1);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: ids.briefId, action: "extraction.accept" } });
    expect(audit).toMatchObject({ actorId: editor.id, data: expect.objectContaining({ candidateKey: candidate.key, itemRef: "q1" }) });
    const after = (await candidates(editor, ids)).quotes.find((q) => q.key === candidate.key);
    expect(after?.status).toMatchObject({ state: "accepted", by: editor.name, itemRef: "q1" });
    // the accepted card shows the quote as edited, not as first proposed
    expect(after).toMatchObject({ text: "strongly condemns", speakerTitle: "Spokesman, Ministry of Foreign Affairs of Ukraine" });
  });

  it("adds an event at the date and precision the editor chose, citing the document", async () => {
    const { editor, ids } = await desk();
    const candidate = (await candidates(editor, ids)).events.find((e) => e.dateLabel === "late June 2022")!;
    const { itemRef } = await acceptCandidate(editor, {
      ...ids,
      candidateKey: candidate.key,
      fields: { description: "Ukraine ends diplomatic relations with Syria", date: candidate.date, precision: candidate.precision },
    });
    const event = await db().event.findFirstOrThrow({ where: { briefId: ids.briefId }, include: { citations: true } });
    expect(event).toMatchObject({
      ref: itemRef,
      precision: "late_month",
      dateLabel: "late June 2022",
      citations: [expect.objectContaining({ documentId: ids.documentId })],
    });
    expect(event.dateStart.toISOString().slice(0, 10)).toBe("2022-06-21");
    const after = (await candidates(editor, ids)).events.find((e) => e.key === candidate.key);
    expect(after).toMatchObject({ description: "Ukraine ends diplomatic relations with Syria", status: { state: "accepted", itemRef } });
  });

  it("adds a planned event as planned when the editor keeps the box ticked", async () => {
    const { editor, brief } = await desk();
    const document = await db().$transaction((tx) =>
      buildDocument(tx, {
        capturedText: "The demolition of the bridge will start on 10 February, the ministry said.",
        publishedOn: "2025-02-03",
        title: "Bridge demolition",
      }),
    );
    await db().$transaction((tx) => citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d2" }));
    const ids = { briefId: brief.id, documentId: document.id };
    const [candidate] = (await candidates(editor, ids)).events;
    expect(candidate).toMatchObject({ date: "2025-02-10", precision: "day", planned: true });
    await acceptCandidate(editor, {
      ...ids,
      candidateKey: candidate!.key,
      fields: { description: "Demolition of the bridge starts", date: candidate!.date, precision: candidate!.precision, planned: "on" },
    });
    expect(await db().event.findFirstOrThrow({ where: { briefId: brief.id }, select: { planned: true } })).toEqual({ planned: true });
  });

  it("proposes a new source as unconfirmed", async () => {
    const { editor, ids } = await desk();
    const candidate = (await candidates(editor, ids)).sources.find((s) => s.name === "Russian state media")!;
    const { itemRef } = await acceptCandidate(editor, {
      ...ids,
      candidateKey: candidate.key,
      fields: { name: "Russian state media", kind: "outlet" },
    });
    expect(await db().source.findUniqueOrThrow({ where: { id: itemRef! } })).toMatchObject({
      name: "Russian state media",
      confirmed: false,
      proposedById: editor.id,
    });
  });

  it("refuses a stale accept — a candidate decided meanwhile — and changes nothing", async () => {
    const { editor, ids } = await desk();
    const other = await db().$transaction((tx) => buildUser(tx, { name: "Other Editor" }));
    const candidate = (await candidates(editor, ids)).quotes.find((q) => q.text === "full support")!;
    const fields = { text: candidate.text, speakerName: candidate.speakerName };
    await acceptCandidate(other, { ...ids, candidateKey: candidate.key, fields });
    const before = await briefRow(ids.briefId);
    const refused = await refusal(acceptCandidate(editor, { ...ids, candidateKey: candidate.key, fields }));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toMatch(/Other Editor already accepted this candidate \(as q1\)/);
    expect(await briefRow(ids.briefId)).toEqual(before);
    expect(await db().quote.count({ where: { briefId: ids.briefId } })).toBe(1);
  });

  it("lets one of two editors accepting the same candidate at once through, and tells the other", async () => {
    const { editor, ids } = await desk();
    const other = await db().$transaction((tx) => buildUser(tx));
    const candidate = (await candidates(editor, ids)).quotes.find((q) => q.text === "actively joining")!;
    const accept = (actor: Actor) =>
      acceptCandidate(actor, { ...ids, candidateKey: candidate.key, fields: { text: candidate.text, speakerName: candidate.speakerName } });
    const outcomes = await Promise.allSettled([accept(editor), accept(other)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [refused] = outcomes.filter((o) => o.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await db().quote.count({ where: { briefId: ids.briefId } })).toBe(1);
    expect(await db().extractionDecision.count({ where: { briefId: ids.briefId } })).toBe(1);
  });

  it("refuses invalid fields beside the field, and records no decision", async () => {
    const { editor, ids } = await desk();
    const candidate = (await candidates(editor, ids)).quotes[0]!;
    const refused = await refusal(
      acceptCandidate(editor, { ...ids, candidateKey: candidate.key, fields: { text: candidate.text, speakerName: "  " } }),
    );
    expect(refused.fieldErrors.speakerName).toEqual(["Enter who said it."]);
    expect(await db().extractionDecision.count({ where: { briefId: ids.briefId } })).toBe(0);
    expect(await briefRow(ids.briefId)).toEqual({ version: 1, state: "approved" });
  });

  it("refuses a candidate the text does not propose", async () => {
    const { editor, ids } = await desk();
    expect((await refusal(acceptCandidate(editor, { ...ids, candidateKey: "quote:1-2", fields: {} }))).code).toBe("not_found");
  });
});

describe("rejectCandidate", () => {
  it("remembers the rejection: the candidate shows as rejected, cannot be accepted, and the brief is unchanged", async () => {
    const { editor, ids } = await desk();
    const label = (await candidates(editor, ids)).quotes.find((q) => q.kind === "label")!;
    expect(await rejectCandidate(editor, { ...ids, candidateKey: label.key })).toMatchObject({ decision: "rejected", kind: "label" });
    const after = await candidates(editor, ids);
    expect(after.quotes.find((q) => q.key === label.key)?.status).toMatchObject({ state: "rejected", by: editor.name });
    expect(after.quotes.filter((q) => q.status.state === "open")).toHaveLength(9);
    expect(
      (await refusal(acceptCandidate(editor, { ...ids, candidateKey: label.key, fields: { text: label.text, speakerName: "x" } }))).code,
    ).toBe("conflict");
    expect((await refusal(rejectCandidate(editor, { ...ids, candidateKey: label.key }))).code).toBe("conflict");
    expect(await briefRow(ids.briefId)).toEqual({ version: 1, state: "approved" });
    expect(await db().auditEntry.count({ where: { entityId: ids.briefId, action: "extraction.reject" } })).toBe(1);
  });
});
