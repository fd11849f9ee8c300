import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchQuote } from "./match-quote";

const article = readFileSync(new URL("../../prisma/seed/data/ukraine-north-korea.txt", import.meta.url), "utf8");
const PRAISE = "leadership and great success in carrying out the just cause of protecting justice and his country’s dignity and security";

describe("matchQuote: verbatim after normalising typography", () => {
  it.each([
    ["straight double quote marks for curly ones", 'the country "strongly condemns"', "the country “strongly condemns” it"],
    ["curly quote marks for straight ones", "the country “strongly condemns”", 'the country "strongly condemns" it'],
    ["guillemets and low quote marks", "called it „a threat“ today", "called it «a threat» today"],
    ["a nested single quote for a double one", "it was 'illegal', he said", "it was “illegal”, he said"],
    ["a straight apostrophe for a curly one", "his country's dignity", "his country’s dignity"],
    ["a curly apostrophe for a straight one", "doesn’t have the right", "doesn't have the right"],
    ["a hyphen for an en dash", "the 2014-2022 war", "the 2014–2022 war"],
    ["a hyphen for an em dash", "we will - and must - win", "we will — and must — win"],
    ["a non-breaking hyphen", "Kim Jong-Un", "Kim Jong\u2011Un"],
    ["a non-breaking space", "President Putin", "President\u00A0Putin"],
    ["thin, narrow and ideographic spaces", "10 000 troops", "10\u2009000\u202Ftroops"],
    ["a line break and runs of spaces", "strongly condemns the decision", "strongly\n  condemns   the\tdecision"],
    ["a zero-width space", "full support", "full\u200B support"],
    ["decomposed accents (NFD) for composed ones (NFC)", "Zelenskyy’s café", "Zelenskyy’s cafe\u0301"],
    ["composed accents (NFC) for decomposed ones (NFD)", "cafe\u0301 in Kyiv", "a café in Kyiv"],
  ])("takes %s", (_, quote, text) => {
    const match = matchQuote(quote, text);
    expect(match.status).toBe("verbatim");
    expect(match.diff.every((part) => part.op === "same")).toBe(true);
  });

  it("returns the passage as stored, with its own typography, at its offsets", () => {
    const match = matchQuote("his country's dignity and security.", article);
    expect(match.passage?.text).toBe("his country’s dignity and security");
    expect(article.slice(match.passage!.start, match.passage!.end)).toBe(match.passage!.text);
    expect(match.similarity).toBe(1);
  });

  it("maps offsets back through leading spaces, line breaks, zero-width and non-breaking spaces", () => {
    const text = "\u200B \r\n  He said:\u00A0“We\u200B will\r\n\r\nnot\u2009retreat.”";
    const match = matchQuote("We will not retreat", text);
    expect(match.status).toBe("verbatim");
    expect(match.passage?.text).toBe("We\u200B will\r\n\r\nnot\u2009retreat");
    expect(text.slice(match.passage!.start, match.passage!.end)).toBe(match.passage!.text);
  });

  it("maps offsets back through decomposed accents", () => {
    const text = "Le ministre a dit: «cafe\u0301 noir» hier.";
    const match = matchQuote("café noir", text);
    expect(match.passage).toEqual({ start: 20, end: 30, text: "cafe\u0301 noir" });
  });

  it("keeps letters, case and whole words", () => {
    expect(matchQuote("Full Support", article).status).not.toBe("verbatim");
    expect(matchQuote("ull suppor", article).status).not.toBe("verbatim");
    expect(matchQuote("50%", "about 50 per cent").status).not.toBe("verbatim");
  });
});

describe("matchQuote: ellipses and brackets", () => {
  it.each([["…"], ["..."], [". . ."], ["[…]"], ["[...]"]])("takes %s as words left out, and shows them as omitted", (ellipsis) => {
    const match = matchQuote(`leadership and great success ${ellipsis} his country's dignity and security.`, article);
    expect(match.status).toBe("verbatim");
    expect(match.passage?.text).toBe(PRAISE);
    expect(match.diff).toEqual([
      { op: "same", text: "leadership and great success" },
      { op: "omitted", text: "in carrying out the just cause of protecting justice and" },
      { op: "same", text: "his country’s dignity and security" },
    ]);
    expect(match.insertions).toEqual([]);
  });

  it("matches several omissions in order, and ignores a leading or trailing ellipsis", () => {
    expect(matchQuote("...leadership … the just cause … dignity and security…", article).status).toBe("verbatim");
  });

  it("refuses the pieces out of order", () => {
    expect(matchQuote("his country's dignity and security … leadership and great success", article).status).not.toBe("verbatim");
  });

  it("refuses pieces further apart than one passage", () => {
    const far = `It began well. ${"Other words fill the page here. ".repeat(40)}And it ended badly.`;
    expect(matchQuote("It began well. ... And it ended badly.", far).status).not.toBe("verbatim");
    expect(matchQuote("It began well. ... And it ended badly.", "It began well. Then it rained. And it ended badly.").status).toBe(
      "verbatim",
    );
  });

  it("takes a document that itself has an ellipsis, as written", () => {
    const match = matchQuote("We will see... maybe", "He said: “We will see... maybe.”");
    expect(match).toMatchObject({ status: "verbatim", diff: [{ op: "same", text: "We will see... maybe" }] });
  });

  it("takes [bracketed] words as insertions standing for a short span or for nothing", () => {
    const replacing = matchQuote(
      "[Ukraine] strongly condemns North Korea's decision",
      "It said it “strongly condemns” North Korea’s decision.",
    );
    expect(replacing.status).toBe("altered"); // the document's quote mark sits between the words
    const clean = matchQuote("[Ukraine] strongly condemns the decision", "It strongly condemns the decision.");
    expect(clean).toMatchObject({ status: "verbatim", insertions: ["Ukraine"] });
    expect(clean.diff).toEqual([
      { op: "insertion", text: "[Ukraine]", source: "" },
      { op: "same", text: "strongly condemns the decision" },
    ]);

    const within = matchQuote("the decision [of Pyongyang] to recognise them", "the decision to recognise them");
    expect(within).toMatchObject({ status: "verbatim", insertions: ["of Pyongyang"] });

    const standingFor = matchQuote("we support [Russia's] cause", "we support its cause");
    expect(standingFor.status).toBe("verbatim");
    expect(standingFor.diff).toContainEqual({ op: "insertion", text: "[Russia's]", source: "its" });
  });

  it("takes a bracket attached to a word, as in [T]he", () => {
    const match = matchQuote("[T]he temporarily occupied areas of Donetsk and Luhansk", article);
    expect(match).toMatchObject({
      status: "verbatim",
      insertions: ["T"],
      passage: { text: "the temporarily occupied areas of Donetsk and Luhansk" },
    });
    expect(match.diff[0]).toEqual({ op: "insertion", text: "[T]", source: "t" });
  });

  it("refuses a bracket standing for a long stretch", () => {
    const text = "we support, after long and careful deliberation over many months of talks, its cause";
    expect(matchQuote("we support [Russia's] cause", text).status).not.toBe("verbatim");
  });
});

describe("matchQuote: altered and not found", () => {
  it("shows changed words with what the document has", () => {
    const match = matchQuote(
      "leadership and great success in carrying out the just cause of defending justice and his nation's dignity",
      article,
    );
    expect(match.status).toBe("altered");
    expect(match.passage?.text).toBe(
      "leadership and great success in carrying out the just cause of protecting justice and his country’s dignity",
    );
    expect(match.diff).toEqual([
      { op: "same", text: "leadership and great success in carrying out the just cause of" },
      { op: "changed", text: "defending", source: "protecting" },
      { op: "same", text: "justice and his" },
      { op: "changed", text: "nation's", source: "country’s" },
      { op: "same", text: "dignity" },
    ]);
    expect(match.similarity).toBeGreaterThan(0.8);
    expect(match.similarity).toBeLessThan(1);
  });

  it("shows words the quote dropped and words it added", () => {
    const dropped = matchQuote("Kyiv regards the regions as under terrorist control", article);
    expect(dropped.status).toBe("altered");
    expect(dropped.diff).toContainEqual({ op: "dropped", text: "being" });
    const added = matchQuote("Kyiv regards the breakaway regions as being under terrorist control", article);
    expect(added.status).toBe("altered");
    expect(added.diff).toContainEqual({ op: "added", text: "breakaway" });
  });

  it("shows a changed first or last word as changed, within the passage", () => {
    const match = matchQuote("She will not retreat", "The minister said: He will not retreat. Then she left.");
    expect(match.status).toBe("altered");
    expect(match.diff).toEqual([
      { op: "changed", text: "She", source: "He" },
      { op: "same", text: "will not retreat" },
    ]);
    expect(match.passage?.text).toBe("He will not retreat");
  });

  it("takes the shortest passage when the quote's first words also occur just before it", () => {
    const match = matchQuote("the temporarily occupied regions of Donetsk and Luhansk", article);
    expect(match.passage?.text).toBe("the temporarily occupied areas of Donetsk and Luhansk");
    expect(match.diff).toEqual([
      { op: "same", text: "the temporarily occupied" },
      { op: "changed", text: "regions", source: "areas" },
      { op: "same", text: "of Donetsk and Luhansk" },
    ]);
  });

  it("shows an altered quote with an omission, and does not count the omitted words against it", () => {
    const match = matchQuote("leadership and great success … his nation's dignity and security", article);
    expect(match.status).toBe("altered");
    expect(match.diff.map((p) => p.op)).toEqual(["same", "omitted", "same", "changed", "same"]);
  });

  it("finds nothing close when too few words are shared", () => {
    expect(matchQuote("fully supports", article)).toEqual({ status: "not_found", passage: null, diff: [], insertions: [], similarity: 0 });
    expect(matchQuote("The sky is green and the grass is blue.", article).status).toBe("not_found");
    expect(matchQuote("Kyiv was shelled by artillery overnight from positions across the river", article).status).toBe("not_found");
  });

  it("finds nothing for a quote longer than the document", () => {
    const text = "We will not retreat.";
    const quote = `We will not retreat. ${"We will fight on the beaches and in the fields and in the streets. ".repeat(5)}`;
    expect(matchQuote(quote, text).status).toBe("not_found");
  });

  it("finds nothing for empty input", () => {
    expect(matchQuote("", article).status).toBe("not_found");
    expect(matchQuote("  \n ", article).status).toBe("not_found");
    expect(matchQuote("…", article).status).toBe("not_found");
    expect(matchQuote("full support", "").status).toBe("not_found");
  });

  it("treats different spacing around punctuation as verbatim", () => {
    expect(matchQuote("Kim Jong - Un", article).status).toBe("verbatim");
  });
});
