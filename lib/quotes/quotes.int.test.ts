import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { buildBrief, buildDocument, buildSource, buildUser, citeDocument } from "@/prisma/seed/factories";
import { addQuote } from "./add-quote";
import { explainVerification } from "./explain-verification";
import { listBriefQuotes } from "./list-brief-quotes";
import { loadQuotePanel } from "./load-quote-panel";
import { moveQuote } from "./move-quote";
import { removeQuote } from "./remove-quote";
import { updateQuote } from "./update-quote";

const CAPTURED = "The minister told reporters: “We will not retreat, not one step.” She left soon after.";

/** An editor, their brief, and a document the brief cites as d1. */
async function desk(capturedText = CAPTURED) {
  return db().$transaction(async (tx) => {
    const editor: Actor = await buildUser(tx);
    const brief = await buildBrief(tx, { authorIds: [editor.id] });
    const document = await buildDocument(tx, { capturedText, title: "Press conference" });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    return { editor, brief, document };
  });
}

const quoteInput = (briefId: string, documentId: string, overrides: Record<string, unknown> = {}) => ({
  briefId,
  documentId,
  text: "We will not retreat, not one step.",
  speakerName: "Jane Minister",
  speakerTitle: "Minister of Defence",
  ...overrides,
});
const briefRow = (id: string) => db().brief.findUniqueOrThrow({ where: { id }, select: { version: true, state: true } });
const revisions = (briefId: string) => db().revision.findMany({ where: { briefId }, orderBy: { number: "asc" } });

describe("addQuote", () => {
  it("adds q1 checked verbatim against the document, bumps the version and records a revision", async () => {
    const { editor, brief, document } = await desk();
    // Straight quote marks and apostrophes in the editor's text match the curly ones captured.
    const { quote, version } = await addQuote(
      editor,
      quoteInput(brief.id, document.id, { text: "  We will not retreat, not one step.  " }),
    );
    expect(quote).toMatchObject({
      ref: "q1",
      position: 0,
      text: "We will not retreat, not one step.",
      verification: "verbatim",
      document: { id: document.id, ref: "d1", title: "Press conference" },
      speakerSource: null,
      citedInBody: false,
    });
    expect(version).toBe(2);
    expect(await briefRow(brief.id)).toMatchObject({ version: 2 });
    const [revision, ...more] = await revisions(brief.id);
    expect(more).toEqual([]);
    expect(revision).toMatchObject({ briefVersion: 2, authorId: editor.id });
    expect((revision!.snapshot as { quotes: unknown[] }).quotes).toEqual([
      expect.objectContaining({ ref: "q1", verification: "verbatim" }),
    ]);
  });

  it("marks words close to a passage but different as altered, and words with nothing close as not found", async () => {
    const { editor, brief, document } = await desk();
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id, { text: "We will retreat." }));
    expect(quote.verification).toBe("altered");
    const { quote: other } = await addQuote(editor, quoteInput(brief.id, document.id, { text: "Taxes will fall next year." }));
    expect(other.verification).toBe("not_found");
  });

  it("stores a date at the start of its precision, with its label", async () => {
    const { editor, brief, document } = await desk();
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id, { saidOn: "2022-06-27", saidOnPrecision: "late_month" }));
    expect(quote).toMatchObject({ saidOn: "2022-06-21", saidOnPrecision: "late_month", saidOnLabel: "late June 2022" });
    const { quote: undated } = await addQuote(editor, quoteInput(brief.id, document.id, { saidOn: "", saidOnPrecision: "month" }));
    expect(undated).toMatchObject({ saidOn: null, saidOnPrecision: null, saidOnLabel: null });
  });

  it("refuses a document the brief does not cite, and writes nothing", async () => {
    const { editor, brief } = await desk();
    const elsewhere = await db().$transaction((tx) => buildDocument(tx, { capturedText: CAPTURED }));
    const error = await refusal(addQuote(editor, quoteInput(brief.id, elsewhere.id)));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors.documentId).toHaveLength(1);
    expect(await briefRow(brief.id)).toMatchObject({ version: 1 });
    expect(await revisions(brief.id)).toEqual([]);
    expect(await db().quote.count({ where: { briefId: brief.id } })).toBe(0);
  });

  it("names each missing field", async () => {
    const { editor, brief } = await desk();
    const error = await refusal(addQuote(editor, { briefId: brief.id, text: "   ", speakerName: "", saidOn: "2022-02-30" } as never));
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["documentId", "saidOn", "speakerName", "text"]);
  });

  it("takes a speaker source of kind person, organisation or government that is not retired", async () => {
    const { editor, brief, document } = await desk();
    const [person, outlet, retired] = await db().$transaction(async (tx) => [
      await buildSource(tx, { kind: "person" }),
      await buildSource(tx, { kind: "outlet" }),
      await buildSource(tx, { kind: "government" }),
    ]);
    await db().source.update({ where: { id: retired.id }, data: { retiredAt: new Date() } });
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id, { speakerSourceId: person.id }));
    expect(quote.speakerSource).toEqual({ id: person.id, name: person.name, retired: false });
    for (const source of [outlet, retired]) {
      const error = await refusal(addQuote(editor, quoteInput(brief.id, document.id, { speakerSourceId: source.id })));
      expect(error.fieldErrors.speakerSourceId).toHaveLength(1);
    }
  });

  it("returns an approved brief to draft", async () => {
    const { editor, brief, document } = await desk();
    await db().brief.update({ where: { id: brief.id }, data: { state: "approved" } });
    await addQuote(editor, quoteInput(brief.id, document.id));
    expect(await briefRow(brief.id)).toEqual({ version: 2, state: "draft" });
    const audit = await db().auditEntry.findMany({ where: { entityId: brief.id, action: "brief.edit_returns_to_draft" } });
    expect(audit).toEqual([expect.objectContaining({ actorId: editor.id, fromState: "approved", toState: "draft" })]);
  });
});

describe("updateQuote", () => {
  it("checks the words again when the text or the document changes", async () => {
    const { editor, brief, document } = await desk();
    const other = await db().$transaction(async (tx) => {
      const doc = await buildDocument(tx, { capturedText: "Transcript: We will retreat. End." });
      await citeDocument(tx, { briefId: brief.id, documentId: doc.id, ref: "d2" });
      return doc;
    });
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id));
    expect(quote.verification).toBe("verbatim");

    const edited = await updateQuote(editor, quoteInput(brief.id, document.id, { quoteId: quote.id, text: "We will retreat." }) as never);
    expect(edited).toMatchObject({ version: 3, quote: { text: "We will retreat.", verification: "altered" } });

    const moved = await updateQuote(editor, quoteInput(brief.id, other.id, { quoteId: quote.id, text: "We will retreat." }) as never);
    expect(moved.quote).toMatchObject({ verification: "verbatim", document: { id: other.id, ref: "d2" } });
    expect(await revisions(brief.id)).toHaveLength(3);
  });

  it("keeps a hand check while the words and the document stay, and drops it when they change", async () => {
    const { editor, brief, document } = await desk();
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id, { text: "We won't retreat" }));
    await db().quote.update({
      where: { id: quote.id },
      data: { verification: "checked_by_hand", verificationNote: "Heard on the recording", checkedById: editor.id, checkedAt: new Date() },
    });
    const kept = await updateQuote(
      editor,
      quoteInput(brief.id, document.id, { quoteId: quote.id, text: "We won't retreat", speakerTitle: "Minister" }) as never,
    );
    expect(kept.quote).toMatchObject({ verification: "checked_by_hand", speakerTitle: "Minister" });
    // A curly apostrophe for a straight one is typography, not a change of words.
    const retyped = await updateQuote(
      editor,
      quoteInput(brief.id, document.id, { quoteId: quote.id, text: "We won’t retreat", context: "On the radio" }) as never,
    );
    expect(retyped.quote).toMatchObject({ verification: "checked_by_hand", context: "On the radio" });
    expect(await db().quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({
      verificationNote: "Heard on the recording",
      checkedById: editor.id,
    });

    await updateQuote(editor, quoteInput(brief.id, document.id, { quoteId: quote.id, text: "We will not retreat" }) as never);
    expect(await db().quote.findUniqueOrThrow({ where: { id: quote.id } })).toMatchObject({
      verification: "verbatim",
      verificationNote: "",
      checkedById: null,
      checkedAt: null,
    });
  });

  it("turns a verbatim quote altered when its words are edited, and the panel shows the passage and the word diff", async () => {
    const { editor, brief, document } = await desk();
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id));
    const before = await loadQuotePanel(editor, brief.id);
    expect(before.quotes[0]).toMatchObject({
      verification: "verbatim",
      check: { status: "verbatim", passage: { text: "We will not retreat, not one step" } },
    });

    const { quote: edited } = await updateQuote(
      editor,
      quoteInput(brief.id, document.id, {
        quoteId: quote.id,
        text: "We shall not retreat, not one step.",
        baseUpdatedAt: quote.updatedAt,
      }) as never,
    );
    expect(edited.verification).toBe("altered");
    const stored = await db().quote.findUniqueOrThrow({ where: { id: quote.id } });
    expect(stored.verification).toBe("altered");
    const [shown] = (await loadQuotePanel(editor, brief.id)).quotes;
    expect(shown!.check).toMatchObject({
      status: "altered",
      passage: { text: "We will not retreat, not one step" },
      before: "The minister told reporters: “",
      after: ".” She left soon after.",
      diff: [
        { op: "same", text: "We" },
        { op: "changed", text: "shall", source: "will" },
        { op: "same", text: "not retreat, not one step" },
      ],
    });
    expect(CAPTURED.slice(shown!.check.passage!.start, shown!.check.passage!.end)).toBe("We will not retreat, not one step");
  });

  it("explains a revision's quotes by ref, for a desk user only", async () => {
    const { editor, document } = await desk();
    const quotes = [
      { ref: "q1", text: "We will not retreat … one step", documentId: document.id },
      { ref: "q2", text: "Taxes will fall", documentId: document.id },
    ];
    const checks = await explainVerification(editor, quotes);
    expect(checks.q1).toMatchObject({
      status: "verbatim",
      diff: [{ op: "same" }, { op: "omitted", text: ", not" }, { op: "same", text: "one step" }],
    });
    expect(checks.q2).toMatchObject({ status: "not_found", passage: null });
    expect((await refusal(explainVerification(null, quotes))).code).toBe("unauthenticated");
  });

  it("refuses a quote of another brief, a document the brief does not cite, and a stale edit", async () => {
    const { editor, brief, document } = await desk();
    const theirs = await desk();
    const { quote: q } = await addQuote(theirs.editor, quoteInput(theirs.brief.id, theirs.document.id));
    expect((await refusal(updateQuote(editor, quoteInput(brief.id, document.id, { quoteId: q.id }) as never))).code).toBe("not_found");

    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id));
    const uncited = await refusal(updateQuote(editor, quoteInput(brief.id, theirs.document.id, { quoteId: quote.id }) as never));
    expect(uncited.fieldErrors.documentId).toHaveLength(1);

    const opened = quote.updatedAt;
    await updateQuote(
      editor,
      quoteInput(brief.id, document.id, { quoteId: quote.id, context: "At the press conference", baseUpdatedAt: opened }) as never,
    );
    const stale = await refusal(
      updateQuote(editor, quoteInput(brief.id, document.id, { quoteId: quote.id, context: "Overwrite", baseUpdatedAt: opened }) as never),
    );
    expect(stale.code).toBe("conflict");
    expect((await db().quote.findUniqueOrThrow({ where: { id: quote.id } })).context).toBe("At the press conference");
  });
});

describe("refs, order and removal", () => {
  it("never reuses a ref that is still in use or still in the body", async () => {
    const { editor, brief, document } = await desk();
    const add = async () => (await addQuote(editor, quoteInput(brief.id, document.id))).quote;
    const q1 = await add();
    await add();
    expect((await removeQuote(editor, { briefId: brief.id, quoteId: q1.id })).warning).toBeNull();
    const q3 = await add();
    expect(q3.ref).toBe("q3");

    await db().brief.update({ where: { id: brief.id }, data: { body: "She said so [@q3]." } });
    const removed = await removeQuote(editor, { briefId: brief.id, quoteId: q3.id });
    expect(removed.ref).toBe("q3");
    expect(removed.warning).toMatch(/\[@q3\].*points at nothing/);
    expect((await add()).ref).toBe("q4");
    expect((await listBriefQuotes(editor, { briefId: brief.id })).map((q) => q.ref)).toEqual(["q2", "q4"]);
  });

  it("gives two quotes added at the same moment different refs and positions", async () => {
    const { editor, brief, document } = await desk();
    const added = await Promise.all([1, 2, 3].map(() => addQuote(editor, quoteInput(brief.id, document.id))));
    expect(added.map((a) => a.quote.ref).sort()).toEqual(["q1", "q2", "q3"]);
    expect(added.map((a) => a.quote.position).sort()).toEqual([0, 1, 2]);
    expect(added.map((a) => a.version).sort()).toEqual([2, 3, 4]);
  });

  it("moves a quote up and down by swapping it with its neighbour", async () => {
    const { editor, brief, document } = await desk();
    for (let i = 0; i < 3; i++) await addQuote(editor, quoteInput(brief.id, document.id));
    const refs = async () => (await listBriefQuotes(editor, { briefId: brief.id })).map((q) => `${q.ref}@${q.position}`);
    const idOf = async (ref: string) => (await db().quote.findFirstOrThrow({ where: { briefId: brief.id, ref } })).id;

    const before = (await briefRow(brief.id)).version;
    expect(await moveQuote(editor, { briefId: brief.id, quoteId: await idOf("q3"), direction: "up" })).toEqual({
      ref: "q3",
      position: 1,
      version: before + 1,
    });
    expect(await refs()).toEqual(["q1@0", "q3@1", "q2@2"]);
    await moveQuote(editor, { briefId: brief.id, quoteId: await idOf("q1"), direction: "down" });
    expect(await refs()).toEqual(["q3@0", "q1@1", "q2@2"]);

    const first = await refusal(moveQuote(editor, { briefId: brief.id, quoteId: await idOf("q3"), direction: "up" }));
    expect(first.code).toBe("conflict");
    expect((await refusal(moveQuote(editor, { briefId: brief.id, quoteId: await idOf("q2"), direction: "down" }))).code).toBe("conflict");
    expect(
      (await refusal(moveQuote(editor, { briefId: brief.id, quoteId: await idOf("q2"), direction: "sideways" as never }))).fieldErrors
        .direction,
    ).toBeDefined();
    expect((await briefRow(brief.id)).version).toBe(before + 2);
  });
});

describe("who may change quotes", () => {
  it("refuses anonymous and deactivated callers and writes nothing", async () => {
    const { editor, brief, document } = await desk();
    const { quote } = await addQuote(editor, quoteInput(brief.id, document.id));
    const deactivated = await db().$transaction((tx) => buildUser(tx, { active: false }));
    for (const actor of [null, deactivated]) {
      expect((await refusal(addQuote(actor, quoteInput(brief.id, document.id)))).code).toBe("unauthenticated");
      expect((await refusal(updateQuote(actor, quoteInput(brief.id, document.id, { quoteId: quote.id, text: "x" }) as never))).code).toBe(
        "unauthenticated",
      );
      expect((await refusal(moveQuote(actor, { briefId: brief.id, quoteId: quote.id, direction: "down" }))).code).toBe("unauthenticated");
      expect((await refusal(removeQuote(actor, { briefId: brief.id, quoteId: quote.id }))).code).toBe("unauthenticated");
      expect((await refusal(loadQuotePanel(actor, brief.id))).code).toBe("unauthenticated");
    }
    expect(await briefRow(brief.id)).toMatchObject({ version: 2 });
  });

  it("lets an admin edit too, and loads the panel's data", async () => {
    const { brief, document } = await desk();
    const admin = await db().$transaction((tx) => buildUser(tx, { role: "admin" }));
    const person = await db().$transaction((tx) => buildSource(tx, { kind: "person" }));
    await addQuote(admin, quoteInput(brief.id, document.id));
    const panel = await loadQuotePanel(admin, brief.id);
    expect(panel.briefId).toBe(brief.id);
    expect(panel.quotes.map((q) => q.ref)).toEqual(["q1"]);
    expect(panel.documents).toEqual([{ id: document.id, ref: "d1", title: "Press conference" }]);
    expect(panel.sourceOptions).toContainEqual(expect.objectContaining({ id: person.id, kind: "person" }));
    expect(panel.sourceOptions.every((s) => ["person", "organisation", "government"].includes(s.kind))).toBe(true);
    expect((await refusal(loadQuotePanel(admin, "no-such-brief"))).code).toBe("not_found");
  });
});
