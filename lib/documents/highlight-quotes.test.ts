import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseForMatching, verifyQuote } from "@/lib/quotes/verify-quote";
import { highlightQuotes } from "./highlight-quotes";

const article = readFileSync(new URL("../../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");

// The quotes a careful editor takes from the fixture (prisma/seed/data/README.md),
// some typed with straight quote marks where the article has curly ones.
const QUOTES = [
  { id: "q1", text: "full support" },
  {
    id: "q2",
    text: "leadership and great success in carrying out the just cause of protecting justice and his country's dignity and security.",
  },
  { id: "q3", text: "strongly condemns" },
  { id: "q4", text: "the temporarily occupied areas of Donetsk and Luhansk" },
  { id: "q5", text: "legitimate exercise of sovereignty" },
  { id: "q6", text: "actively joining" },
  { id: "q7", text: "unjust and illegal hostile policy in the past." },
  { id: "q8", text: "friendship and cooperation" },
  {
    id: "q9",
    text: "and treats us favorably on the principles of sovereign equality, non-interference in internal affairs, and mutual respect.",
  },
  { id: "q10", text: "People's Republics.\"" },
];

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe("highlightQuotes", () => {
  it("finds every quote of the fixture where the article has it, curly quotes and all", () => {
    const ranges = highlightQuotes(article, QUOTES);
    for (const quote of QUOTES) {
      const mine = ranges.filter((range) => range.quoteIds.includes(quote.id));
      expect(mine, quote.id).toHaveLength(1);
      expect(normaliseForMatching(slice(article, mine[0]!))).toBe(normaliseForMatching(quote.text));
    }
    expect(
      slice(
        article,
        ranges.find((r) => r.quoteIds.includes("q2"))!,
      ),
    ).toBe(
      "leadership and great success in carrying out the just cause of protecting justice and his country\u2019s dignity and security.",
    );
    expect(
      slice(
        article,
        ranges.find((r) => r.quoteIds.includes("q10"))!,
      ),
    ).toBe("People\u2019s Republics.\u201D");
  });

  it("returns ranges in order, without overlaps, over the original offsets", () => {
    const ranges = highlightQuotes(article, QUOTES);
    ranges.forEach((range, i) => {
      expect(range.end).toBeGreaterThan(range.start);
      if (i > 0) expect(range.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end);
    });
    // The stray "(" that opens the article's body comes before the first quote.
    expect(article.indexOf("( Last week")).toBeLessThan(ranges[0]!.start);
  });

  it("agrees with verification about which quotes are found", () => {
    const quotes = [...QUOTES, { id: "x1", text: "fully supports" }, { id: "x2", text: "   " }];
    const found = new Set(highlightQuotes(article, quotes).flatMap((range) => range.quoteIds));
    for (const quote of quotes) expect(found.has(quote.id), quote.id).toBe(verifyQuote(quote.text, article) === "verbatim");
  });

  it("maps a match across a run of whitespace and line breaks back to the whole run", () => {
    const text = "He said it was\n\n   strongly  condemned.";
    const [range, ...more] = highlightQuotes(text, [{ id: "a", text: "was strongly condemned" }]);
    expect(more).toEqual([]);
    expect(slice(text, range!)).toBe("was\n\n   strongly  condemned");
  });

  it("matches dashes and apostrophes of any kind", () => {
    const text = "Kim Jong\u2011Un\u2019s \u201Cfull support\u201D \u2014 twice";
    const ranges = highlightQuotes(text, [{ id: "a", text: 'Kim Jong-Un\'s "full support" - twice' }]);
    expect(ranges).toEqual([{ start: 0, end: text.length, quoteIds: ["a"] }]);
  });

  it("splits overlapping quotes so that the shared words list both", () => {
    const text = "the temporarily occupied areas of Donetsk and Luhansk";
    const ranges = highlightQuotes(text, [
      { id: "long", text: "temporarily occupied areas of Donetsk" },
      { id: "short", text: "Donetsk and Luhansk" },
    ]);
    expect(ranges.map((r) => [slice(text, r), r.quoteIds.sort()])).toEqual([
      ["temporarily occupied areas of ", ["long"]],
      ["Donetsk", ["long", "short"]],
      [" and Luhansk", ["short"]],
    ]);
  });

  it("highlights every occurrence of a quote", () => {
    const text = "No, no and no.";
    expect(highlightQuotes(text, [{ id: "a", text: "no" }]).map((r) => r.start)).toEqual([4, 11]);
  });

  it("keeps offsets right around characters outside the basic plane and decomposed accents", () => {
    const text = "\u{1F4F0} Caf\u0065\u0301 \u201Cs\u00E9ance\u201D \u{1F4F0} end";
    const [cafe] = highlightQuotes(text, [{ id: "a", text: "Caf\u00E9" }]);
    expect(slice(text, cafe!)).toBe("Caf\u0065\u0301");
    const [seance] = highlightQuotes(text, [{ id: "b", text: '"se\u0301ance" \u{1F4F0} end' }]);
    expect(slice(text, seance!)).toBe("\u201Cs\u00E9ance\u201D \u{1F4F0} end");
  });

  it("finds nothing in an empty text or for no quotes", () => {
    expect(highlightQuotes("", [{ id: "a", text: "x" }])).toEqual([]);
    expect(highlightQuotes(article, [])).toEqual([]);
  });
});
