import { describe, expect, it } from "vitest";
import { createBrief } from "@/lib/briefs/create-brief";
import { editBrief } from "@/lib/briefs/edit-brief";
import { updateBrief } from "@/lib/briefs/update-brief";
import { db } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { addQuote, buildDocument, buildUser, citeDocument } from "@/prisma/seed/factories";
import { compareRevisions, listRevisions } from "./list-revisions";
import { restoreRevision } from "./restore-revision";

async function briefWithHistory() {
  const me = await db().$transaction((tx) => buildUser(tx));
  const fields = {
    title: "Ukraine cuts ties",
    slug: `history-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
    summary: "First summary.",
    body: "Kim said [@q1].",
    topics: ["War"],
  };
  const brief = await createBrief(me, fields);
  // Version 2: a quote on a document.
  await db().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "He offered his “full support” to Moscow." });
    await editBrief(tx, { briefId: brief.id, actorId: me.id }, async () => {
      await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
      await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "full support", speakerName: "Kim Jong-Un" });
    });
  });
  // Version 3: new title and summary, the quote removed.
  await updateBrief(me, {
    briefId: brief.id,
    baseVersion: 2,
    fields: { ...fields, title: "Ukraine severs ties", summary: "Second summary." },
  });
  await db().$transaction((tx) =>
    editBrief(tx, { briefId: brief.id, actorId: me.id }, () => tx.quote.deleteMany({ where: { briefId: brief.id } })),
  );
  return { me, brief };
}

describe("revision history", () => {
  it("lists every save with who and what changed, newest first", async () => {
    const { me, brief } = await briefWithHistory();
    const history = await listRevisions(me, brief.id);
    expect(history.revisions.map((r) => [r.number, r.changes])).toEqual([
      [4, "1 quote removed"],
      [3, "title, summary"],
      [2, "1 quote added"],
      [1, "first revision"],
    ]);
    expect(history.revisions.every((r) => r.author === me.name)).toBe(true);
  });

  it("compares any two revisions word by word", async () => {
    const { me, brief } = await briefWithHistory();
    const { comparison } = await compareRevisions(me, { briefId: brief.id, from: 1, to: 4 });
    expect(comparison.fields.map((f) => f.field)).toEqual(["title", "summary"]);
    expect(comparison.fields[0]!.parts.find((p) => p.added)?.value.trim()).toBe("severs");
    expect(comparison.quotes).toEqual([]);
    const withQuote = await compareRevisions(me, { briefId: brief.id, from: 1, to: 2 });
    expect(withQuote.comparison.quotes.map((q) => [q.ref, q.after?.text])).toEqual([["q1", "full support"]]);
  });

  it("restores a revision as a new one, quotes and all, re-verified", async () => {
    const { me, brief } = await briefWithHistory();
    const before = await db().brief.findUniqueOrThrow({ where: { id: brief.id } });
    const { version } = await restoreRevision(me, { briefId: brief.id, number: 2, baseVersion: before.version });
    expect(version).toBe(before.version + 1);
    const restored = await db().brief.findUniqueOrThrow({ where: { id: brief.id }, include: { quotes: true, documents: true } });
    expect(restored.title).toBe("Ukraine cuts ties");
    expect(restored.summary).toBe("First summary.");
    expect(restored.quotes.map((q) => [q.ref, q.verification])).toEqual([["q1", "verbatim"]]);
    expect(restored.documents.map((d) => d.ref)).toEqual(["d1"]);
    const history = await listRevisions(me, brief.id);
    expect(history.revisions[0]).toMatchObject({ number: 5, changes: "title, summary; 1 quote added" });
    expect(await db().auditEntry.count({ where: { entityId: brief.id, action: "brief.restore_revision" } })).toBe(1);
  });

  it("refuses a restore based on a stale version", async () => {
    const { me, brief } = await briefWithHistory();
    const error = await restoreRevision(me, { briefId: brief.id, number: 1, baseVersion: 1 }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "conflict" });
  });
});
