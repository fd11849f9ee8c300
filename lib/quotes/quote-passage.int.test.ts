// Issue 16, item 4: a quote made from a selected passage is verbatim by construction.
import { describe, expect, it } from "vitest";
import { newActor, refusal } from "@/lib/test-support";
import { db } from "@/lib/db/client";
import { buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { quotePassage } from "./quote-passage";
import { suggestPassageQuote } from "./suggest-passage-quote";

const TEXT = `The city council voted on Tuesday to close Main Street to cars.

"This is about whether our children can get to school safely," said Ana Lind, the mayor of Riverton.

Councillor Piet Berg said the plan "ignores every shop on Main Street" and promised to fight it.
`;

async function cited(text = TEXT) {
  return db().$transaction(async (tx) => {
    const brief = await buildBrief(tx);
    const document = await buildDocument(tx, { capturedText: text });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    return { briefId: brief.id, documentId: document.id };
  });
}

const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe("suggestPassageQuote", () => {
  it("gives the exact words, edges trimmed, and the speaker of the candidate they are part of", async () => {
    const me = await newActor();
    const ids = await cited();
    const words = "whether our children can get to school safely";
    const { start, end } = at(words);
    const suggestion = await suggestPassageQuote(me, { ...ids, start: start - 1, end: end + 1 });
    expect(suggestion).toMatchObject({
      text: ` ${words},`.trim(),
      speaker: { speakerName: "Ana Lind", speakerTitle: "mayor of Riverton", how: "covering" },
    });
    const plain = await suggestPassageQuote(me, { ...ids, start, end });
    expect(plain).toMatchObject({ start, end, text: words });
  });

  it("proposes the nearest attributed speaker for words outside every candidate", async () => {
    const me = await newActor();
    const ids = await cited();
    const suggestion = await suggestPassageQuote(me, { ...ids, ...at("promised to fight it") });
    expect(suggestion.speaker).toMatchObject({ speakerName: "Piet Berg", how: "nearest" });
  });

  it("refuses a document the brief does not cite, and an empty or oversized selection", async () => {
    const me = await newActor();
    const ids = await cited();
    const other = await db().$transaction((tx) => buildDocument(tx, { capturedText: TEXT }));
    expect((await refusal(suggestPassageQuote(me, { briefId: ids.briefId, documentId: other.id, start: 0, end: 5 }))).code).toBe(
      "not_found",
    );
    expect((await refusal(suggestPassageQuote(me, { ...ids, start: 5, end: 5 }))).fieldErrors).toHaveProperty("text");
    expect((await refusal(suggestPassageQuote(me, { ...ids, start: 0, end: 6000 }))).fieldErrors).toHaveProperty("text");
    expect((await refusal(suggestPassageQuote(null, { ...ids, start: 0, end: 5 }))).code).toBe("unauthenticated");
  });
});

describe("quotePassage", () => {
  it("makes a verbatim quote of exactly the words at the offsets, with an audit entry", async () => {
    const me = await newActor();
    const ids = await cited();
    const words = "ignores every shop on Main Street";
    const { quote, version } = await quotePassage(me, {
      ...ids,
      ...at(words),
      text: words,
      speakerName: "Piet Berg",
      speakerTitle: "Councillor",
    });
    expect(quote).toMatchObject({ ref: "q1", text: words, speakerName: "Piet Berg", verification: "verbatim", document: { ref: "d1" } });
    expect(version).toBe(2);
    const audit = await db().auditEntry.findFirstOrThrow({ where: { entityId: ids.briefId, action: "quote.add_from_passage" } });
    expect(audit.data).toMatchObject({ ref: "q1", documentId: ids.documentId, ...at(words) });
  });

  it("refuses words that are not at those offsets, making nothing", async () => {
    const me = await newActor();
    const ids = await cited();
    const words = "ignores every shop on Main Street";
    const { start, end } = at(words);
    const shifted = await refusal(quotePassage(me, { ...ids, start: start + 1, end: end + 1, text: words, speakerName: "Piet Berg" }));
    expect(shifted.fieldErrors.text?.[0]).toMatch(/not at that place/);
    const altered = "ignores every shop in Main Street";
    expect(
      (await refusal(quotePassage(me, { ...ids, start, end, text: altered, speakerName: "Piet Berg" }))).fieldErrors.text,
    ).toBeDefined();
    expect(
      (await refusal(quotePassage(me, { ...ids, start, end: end + 3, text: words, speakerName: "Piet Berg" }))).fieldErrors.text,
    ).toBeDefined();
    expect((await refusal(quotePassage(me, { ...ids, start, end, text: words, speakerName: "" }))).fieldErrors.speakerName).toBeDefined();
    expect(await db().quote.count({ where: { briefId: ids.briefId } })).toBe(0);
  });

  it("is refused to anonymous and deactivated users", async () => {
    const ids = await cited();
    const words = "ignores every shop on Main Street";
    for (const actor of [null, await newActor({ active: false })]) {
      expect((await refusal(quotePassage(actor, { ...ids, ...at(words), text: words, speakerName: "Piet Berg" }))).code).toBe(
        "unauthenticated",
      );
    }
  });
});
