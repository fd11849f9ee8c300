import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addEvent, addQuote, buildBrief, buildDocument, buildSource } from "@/prisma/seed/factories";
import { deleteSource } from "./delete-source";
import { getSource } from "./get-source";
import { listSources } from "./list-sources";
import { restoreSource } from "./restore-source";
import { retireSource } from "./retire-source";
import { listSourceOptions } from "./source-options";
import { auditOf, newActor, refusal, storedSource, token } from "./test-support";

const newSource = (overrides: Parameters<typeof buildSource>[1] = {}) => db().$transaction((tx) => buildSource(tx, overrides));

describe("listSources and listSourceOptions", () => {
  it("search names case-insensitively, filter by kind, and count citations", async () => {
    const editor = await newActor();
    const word = token();
    const outlet = await newSource({ name: `The ${word} Times`, kind: "outlet" });
    const person = await newSource({ name: `${word.toLowerCase()} Spokesperson`, kind: "person" });
    await newSource({ name: `Unrelated ${token()}`, kind: "outlet" });
    await db().$transaction(async (tx) => {
      const document = await buildDocument(tx, { sourceId: outlet.id, capturedText: "He said: we will not comment." });
      const brief = await buildBrief(tx);
      await addQuote(tx, {
        briefId: brief.id,
        documentId: document.id,
        ref: "q1",
        text: "we will not comment",
        speakerName: "A spokesperson",
        speakerSourceId: person.id,
      });
      await addEvent(tx, {
        briefId: brief.id,
        ref: "e1",
        description: "Something happened",
        date: "2022-07-13",
        precision: "day",
        reportedById: outlet.id,
        documentIds: [document.id],
      });
    });

    const found = await listSources(editor, { q: word.toUpperCase() });
    expect(found.map((s) => [s.name, s.citedCount])).toEqual(
      [
        [outlet.name, 2],
        [person.name, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect((await listSources(editor, { q: word, kind: "person" })).map((s) => s.id)).toEqual([person.id]);
    expect((await getSource(editor, { sourceId: outlet.id })).citations).toEqual({ documents: 1, quotes: 0, events: 1 });

    const speakers = await listSourceOptions(editor, { kinds: ["person", "organisation", "government"] });
    expect(speakers.every((s) => ["person", "organisation", "government"].includes(s.kind))).toBe(true);
    expect(speakers.map((s) => s.id)).toContain(person.id);
    // by name as a reader sorts, whatever the database's collation
    const sorted = [
      await newSource({ name: `beta ${word}` }),
      await newSource({ name: `Gamma ${word}` }),
      await newSource({ name: `Alpha ${word}` }),
      await newSource({ name: `Éclair ${word}` }),
    ];
    const ids = sorted.map((s) => s.id);
    const order = (await listSourceOptions(editor)).filter((s) => ids.includes(s.id)).map((s) => s.name.split(" ")[0]);
    expect(order).toEqual(["Alpha", "beta", "Éclair", "Gamma"]);
  });

  it("are refused to nobody and to a deactivated editor", async () => {
    const deactivated = await newActor({ active: false });
    expect((await refusal(listSources(null))).code).toBe("unauthenticated");
    expect((await refusal(listSourceOptions(deactivated))).code).toBe("unauthenticated");
    expect((await refusal(listSources(await newActor(), { kind: "blog" }))).fieldErrors).toHaveProperty("kind");
  });
});

describe("retiring and restoring a source", () => {
  it("hides a retired source from the default list and the pickers, and brings it back on restore", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    const source = await newSource({ name: `Retiring ${token()}` });

    const retired = await retireSource(admin, { sourceId: source.id });
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(await listSources(editor, { q: source.name })).toEqual([]);
    expect(await listSources(editor, { q: source.name, includeRetired: true })).toEqual([expect.objectContaining({ id: source.id })]);
    expect((await listSourceOptions(editor)).map((s) => s.id)).not.toContain(source.id);
    // a picker whose current value is the retired source still shows it, marked
    expect(await listSourceOptions(editor, { includeIds: [source.id] })).toContainEqual(
      expect.objectContaining({ id: source.id, retired: true }),
    );
    expect((await refusal(retireSource(admin, { sourceId: source.id }))).code).toBe("conflict");

    expect((await restoreSource(admin, { sourceId: source.id })).retiredAt).toBeNull();
    expect((await listSourceOptions(editor)).map((s) => s.id)).toContain(source.id);
    expect((await refusal(restoreSource(admin, { sourceId: source.id }))).code).toBe("conflict");

    expect((await auditOf(source.id)).map((e) => [e.action, e.actorId, e.fromState, e.toState])).toEqual([
      ["source.retire", admin.id, "active", "retired"],
      ["source.restore", admin.id, "retired", "active"],
    ]);
  });

  it("is refused to editors", async () => {
    const admin = await newActor({ role: "admin" });
    const editor = await newActor();
    const active = await newSource();
    const retired = await newSource();
    await retireSource(admin, { sourceId: retired.id });
    expect((await refusal(retireSource(editor, { sourceId: active.id }))).code).toBe("forbidden");
    expect((await refusal(restoreSource(editor, { sourceId: retired.id }))).code).toBe("forbidden");
    expect((await storedSource(active.id))?.retiredAt).toBeNull();
    expect((await storedSource(retired.id))?.retiredAt).not.toBeNull();
  });
});

describe("deleteSource", () => {
  it("refuses to delete a cited source, with a message that says why and what to do", async () => {
    const admin = await newActor({ role: "admin" });
    const source = await newSource({ name: `Cited ${token()}` });
    await db().$transaction((tx) => buildDocument(tx, { sourceId: source.id }));
    const error = await refusal(deleteSource(admin, { sourceId: source.id }));
    expect(error.code).toBe("conflict");
    expect(error.message).toBe(
      `${source.name} is cited by 1 document, so it cannot be deleted. Retire it instead: it then leaves the list and the pickers, and what cites it keeps its source.`,
    );
    expect(await storedSource(source.id)).not.toBeNull();
    expect(await auditOf(source.id)).toEqual([]);
  });

  it("deletes an uncited source, retired or not, and records it", async () => {
    const admin = await newActor({ role: "admin" });
    const source = await newSource({ name: `Mistake ${token()}`, kind: "person" });
    expect(await deleteSource(admin, { sourceId: source.id })).toEqual({ id: source.id, name: source.name });
    expect(await storedSource(source.id)).toBeNull();
    expect(await auditOf(source.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "source.delete",
        fromState: "confirmed",
        data: { name: source.name, slug: source.slug, kind: "person" },
      }),
    ]);
    expect((await refusal(deleteSource(admin, { sourceId: source.id }))).code).toBe("not_found");
    expect((await refusal(getSource(admin, { sourceId: source.id }))).code).toBe("not_found");
  });

  it("is refused to editors, even for an uncited source", async () => {
    const editor = await newActor();
    const source = await newSource();
    expect((await refusal(deleteSource(editor, { sourceId: source.id }))).code).toBe("forbidden");
    expect(await storedSource(source.id)).not.toBeNull();
  });
});
