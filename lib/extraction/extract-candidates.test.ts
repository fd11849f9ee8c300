import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract-candidates";
import { FIXTURES, fixtureText } from "./fixtures/expected";
import { matchSource } from "./match-source";
import { eventMatches, quoteMatches } from "./score";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(FIXTURES)("the $name fixture", (fixture) => {
  const text = fixtureText(fixture);
  const candidates = extractCandidates(text, { publishedOn: day(fixture.publishedOn) });

  it.each(fixture.quotes)("proposes “$text” said by $speaker", (expected) => {
    const found = candidates.quotes.find((c) => quoteMatches(c, expected));
    expect(found, `no candidate for “${expected.text}”`).toBeDefined();
    expect(found!.speakerName.replace(/'/g, "’")).toBe(expected.speaker.replace(/'/g, "’"));
    if (expected.saidOn) expect(found!.saidOn).toBe(expected.saidOn);
  });

  it.each(fixture.events)("proposes the event in “$in” on $date ($precision)", (expected) => {
    expect(candidates.events.some((c) => eventMatches(text, c, expected))).toBe(true);
  });

  it("proposes nothing it was not expected to", () => {
    expect(candidates.quotes).toHaveLength(fixture.quotes.length);
    expect(candidates.events).toHaveLength(fixture.events.length);
  });

  it("keeps the offsets of every candidate in the captured text", () => {
    for (const quote of candidates.quotes) {
      const parts = quote.spans.map((span) => text.slice(span.start, span.end).replace(/,$/, ""));
      expect(parts.join(" … ")).toBe(quote.text);
    }
    for (const event of candidates.events) expect(text.slice(event.dateSpan.start, event.dateSpan.end)).toBe(event.dateText);
  });

  it.each(fixture.sources)("names %s as a source", (name) => {
    expect(candidates.sources.map((s) => s.name)).toContain(name);
  });
});

describe("quotations", () => {
  const quotes = (text: string) => extractCandidates(text, { publishedOn: day("2024-05-01") }).quotes;

  it("reads straight quotes, and nested quotes as part of the outer one", () => {
    const [quote] = quotes(`"They told us 'wait', and we waited," said Ruth Nwosu.`);
    expect(quote).toMatchObject({ text: "They told us 'wait', and we waited", speakerName: "Ruth Nwosu" });
  });

  it("keeps a quotation that spans sentences whole", () => {
    const [quote] = quotes("Lee Park said: “We are ready. We have been ready for months.”");
    expect(quote).toMatchObject({ text: "We are ready. We have been ready for months.", speakerName: "Lee Park" });
  });

  it("joins a quote interrupted by its attribution", () => {
    const [quote, ...rest] = quotes("“We will not give up,” she said, “and we will win.” Mayor Ines Duarte spoke first.");
    expect(rest).toHaveLength(0);
    expect(quote?.text).toBe("We will not give up … and we will win.");
    expect(quote?.spans).toHaveLength(2);
  });

  it("resolves a pronoun to the last person, and “It” to the last organisation", () => {
    const found = quotes(
      "The Harbour Authority said on Monday it would appeal. “The ruling is wrong,” it added. Judge Omar Said wrote that the law was clear. “It is not close,” he said.",
    );
    expect(found.map((q) => q.speakerName)).toEqual(["Harbour Authority", "Omar Said"]);
  });

  it("takes the speaker from “according to”", () => {
    expect(quotes("Prices will “keep rising”, according to the Central Bank of Valmora.")[0]?.speakerName).toBe("Central Bank of Valmora");
  });

  it("proposes a short title-case name as a label, not a statement", () => {
    const [label, statement] = quotes("Officials called the plan “Operation Lighthouse.” “It will work,” said Ana Ruiz.");
    expect(label?.kind).toBe("label");
    expect(statement).toMatchObject({ kind: "quote", speakerName: "Ana Ruiz" });
  });

  it("dates a quote by its attribution (“said on Tuesday”)", () => {
    const [quote] = quotes("“We are done,” Sam Ortiz said on Tuesday.");
    expect(quote).toMatchObject({ saidOn: "2024-04-30", saidOnPrecision: "day" });
  });
});

describe("dates", () => {
  const events = (text: string, published = "2022-07-14") => extractCandidates(text, { publishedOn: day(published) }).events;

  it("reads a part of a month against the published date", () => {
    expect(events("In early March, the talks collapsed.")[0]).toMatchObject({
      date: "2022-03-01",
      precision: "early_month",
      dateLabel: "early March 2022",
    });
  });

  it("reads “last week” as the range of that week", () => {
    expect(events("Last week the port reopened.")[0]).toMatchObject({ date: "2022-07-04", dateEnd: "2022-07-10", precision: "range" });
  });

  it("reads a day the future tense speaks of forwards", () => {
    expect(events("The court will rule on Monday.")[0]).toMatchObject({ date: "2022-07-18", precision: "day" });
  });

  it("does not take a dateline for an event", () => {
    expect(events("LISBON, July 14 (Reuters) - Nothing happened.")).toEqual([]);
  });
});

describe("matching the registry", () => {
  const registry = [
    { id: "ua", name: "Ministry of Foreign Affairs of Ukraine" },
    { id: "le", name: "Le Monde" },
  ];

  it("reads “X’s ministry” as “the ministry of X”, whatever the case, apostrophes or diacritics", () => {
    expect(matchSource("Ukraine’s foreign ministry", registry)?.id).toBe("ua");
    expect(matchSource("the MINISTRY OF FOREIGN AFFAIRS OF UKRAINE", registry)?.id).toBe("ua");
    expect(matchSource("Lé Mondé", registry)?.id).toBe("le");
    expect(matchSource("Le Figaro", registry)).toBeNull();
  });
});

describe("any text", () => {
  it("never throws, and keeps every offset inside the text, whatever the quote marks and dates", () => {
    const pieces = [
      "“",
      "”",
      '"',
      "‘",
      "’",
      "'",
      "said",
      "he said,",
      " ",
      "\n\n",
      "Q: ",
      "A: ",
      "in late June",
      "last week",
      "2014",
      ",",
      ".",
      "Mr.",
      "Ana Ruiz",
      "the ministry",
      "It added",
      "—",
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      const { quotes, events } = extractCandidates(text, { publishedOn: day("2022-07-14") });
      for (const span of [...quotes.flatMap((q) => q.spans), ...events.map((e) => e.dateSpan)]) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
      }
    }
    expect(extractCandidates("")).toEqual({ quotes: [], events: [], sources: [] });
  });
});
