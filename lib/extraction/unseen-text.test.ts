// The rules of issue 20, each on the case the issue names: interviews in their
// printed forms, titles and ages resolved to the person named earlier, planned and
// relative events, months and seasons by tense, organisations not in the registry,
// acronyms. The held-out articles themselves are scored by scripts/extraction-quality.ts.
import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract-candidates";
import { acronymOf, matchSource, matchSources } from "./match-source";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const extract = (text: string, published = "2025-03-18", registry: { id: string; name: string }[] = []) =>
  extractCandidates(text, { publishedOn: day(published), registry });

describe("interviews", () => {
  const standfirst = "Ingrid Halvorsen, 54, has directed the Nordmark Glacier Institute since 2017. She spoke to Lena Marsh.\n\n";

  it("attributes answers under bold name labels to the interviewee named in the standfirst, not the questions", () => {
    const text = `${standfirst}**The Ledger:** How did it go?\n\n**Ingrid Halvorsen:** Better than we feared.\n\n**The Ledger:** And now?\n\n**Halvorsen:** Now we wait.`;
    const { quotes } = extract(text);
    expect(quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ["Better than we feared.", "Ingrid Halvorsen"],
      ["Now we wait.", "Ingrid Halvorsen"],
    ]);
  });

  it("reads dashed, capitalised labels (“— IBARRA:”)", () => {
    const text =
      "Tomás Ibarra, 47, founded a bakery in 2009.\n\n— COURIER: Why sell?\n\n— IBARRA: Because it was time.\n\n— COURIER: Regrets?\n\n— IBARRA: None at all.";
    expect(extract(text).quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ["Because it was time.", "Tomás Ibarra"],
      ["None at all.", "Tomás Ibarra"],
    ]);
  });

  it("does not propose a quotation in the headline", () => {
    expect(extract("‘We are measuring a funeral’: the glaciologist racing the melt\n\nNothing else was said.").quotes).toEqual([]);
  });
});

describe("speakers named by title, age or pronoun", () => {
  it("resolves “the Minister said” to the minister named earlier, not to “Minister”", () => {
    const text =
      'The Minister for Regional Affairs, Hana Sorensen, has welcomed the vote.\n\n"This hall was the heart of Arden," the Minister said.';
    expect(extract(text).quotes[0]).toMatchObject({ speakerName: "Hana Sorensen", speakerTitle: "Minister for Regional Affairs" });
  });

  it("resolves “the spokeswoman” and “the 38-year-old”", () => {
    const text = [
      "Martina Kral, a spokeswoman for the company, said the seals were approved.",
      '"We have handed every document to the board," the spokeswoman said.',
      "Opposition lawmaker Daria Novak, 38, called for an inquiry.",
      '"The ministry knew," said the 38-year-old, who represents the district.',
    ].join("\n\n");
    expect(extract(text).quotes.map((q) => q.speakerName)).toEqual(["Martina Kral", "Daria Novak"]);
  });

  it("remembers a titled person named mid-sentence (“with the Mayor of Arden, Pavel Dušek,”)", () => {
    const text =
      'The Minister visited the hall with the Mayor of Arden, Pavel Dušek, and traders.\n\nThe Mayor thanked the Ministry. "It will be full again," he said.';
    expect(extract(text).quotes[0]?.speakerName).toBe("Pavel Dušek");
  });

  it("gives the organisation only when no person is named", () => {
    const text = 'The Harbour Authority said the port would reopen. "Ships can dock again," the spokesman said.';
    expect(extract(text).quotes[0]).toMatchObject({ speakerName: "Harbour Authority", speakerOrganisation: "Harbour Authority" });
  });

  it("resolves a role that is no known title (“the organiser”) to the person titled so, and to no one otherwise", () => {
    const text =
      'Gareth Morgan, the regional organiser of the union, said members had voted. "We did not want to strike," the organiser said.';
    expect(extract(text).quotes[0]?.speakerName).toBe("Gareth Morgan");
    expect(extract('"We did not want to strike," the report said.').quotes[0]?.speakerName).toBe("");
  });

  it("gives a quote after “…, which told X that” to the name the clause hangs on", () => {
    const text =
      'Mothers were sent to St Anne\'s Hospital in Merriton, which told the Evening Star that its unit had been "stretched to the limit."';
    const { quotes, sources } = extract(text);
    expect(quotes[0]?.speakerName).toBe("St Anne's Hospital");
    expect(sources.map((s) => [s.name, s.sourceKind])).toEqual(
      expect.arrayContaining([
        ["St Anne's Hospital", "organisation"],
        ["Evening Star", "outlet"],
      ]),
    );
  });

  it("follows a pronoun across paragraphs", () => {
    const text =
      "Councillor Tom Reyes chairs the environment committee.\n\nHe argues that households must use less.\n\n“We waste a third of it,” he said.";
    expect(extract(text).quotes[0]?.speakerName).toBe("Tom Reyes");
  });

  it("reads a translated statement’s guillemets and its “declared the Minister”", () => {
    const text =
      "The Minister of the Sea, Ms Élodie Marchand, travelled to Bréhat.\n\n« No crew will be left alone », declared the Minister. « The State will help. »";
    expect(extract(text, "2024-06-27").quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ["No crew will be left alone", "Élodie Marchand"],
      ["The State will help.", "Élodie Marchand"],
    ]);
  });
});

describe("events", () => {
  const events = (text: string, published = "2025-02-03") => extract(text, published).events;

  it("marks “will start next week” as a planned event with its dates", () => {
    expect(events("The demolition will start next week.")).toEqual([
      expect.objectContaining({ date: "2025-02-10", dateEnd: "2025-02-16", precision: "range", planned: true }),
    ]);
  });

  it("takes no duration for an event: “in three years”, “within six months”, “over the next year”, “until the end of 2026”", () => {
    expect(events("A new bridge is expected to open in three years.")).toEqual([]);
    expect(events("Their conclusions are expected within six months.")).toEqual([]);
    expect(events("It plans to hire twelve bakers over the next year.")).toEqual([]);
    expect(events("We know what we will pay until the end of 2026.")).toEqual([]);
  });

  it("dates “two weeks after the collapse” from the collapse", () => {
    const found = events(
      "The bridge collapsed on Jan. 14, killing four people.\n\nInvestigators finished their report two weeks after the collapse.",
    );
    expect(found.map((e) => [e.date, e.precision, e.planned])).toEqual([
      ["2025-01-14", "day", false],
      ["2025-01-21", "late_month", false],
    ]);
  });

  it("resolves “end of October” in March to this October when the sentence speaks of the future", () => {
    expect(events("The Ministry would publish the agreement before the end of October.", "2026-03-12")[0]).toMatchObject({
      date: "2026-10-21",
      precision: "late_month",
      planned: true,
    });
  });

  it("finds a month opening the sentence (“In May, …”) and reads it by the tense of the sentence", () => {
    expect(events("In May, the council will open a consultation.", "2026-03-12")[0]).toMatchObject({
      date: "2026-05-01",
      precision: "month",
      planned: true,
    });
    expect(events("In May, the council opened a consultation.", "2026-03-12")[0]).toMatchObject({
      date: "2025-05-01",
      precision: "month",
      planned: false,
    });
  });

  it("reads a month named in the past as the last one before publication", () => {
    expect(events("Prices went up in March.", "2024-11-06")[0]).toMatchObject({ date: "2024-03-01", precision: "month" });
  });

  it("reads seasons as ranges, forwards or backwards", () => {
    expect(events("Next summer we go back to the plateau.", "2025-03-18")[0]).toMatchObject({
      date: "2025-06-01",
      dateEnd: "2025-08-31",
      precision: "range",
      planned: true,
    });
    expect(events("The project was first proposed in the autumn of 2023.", "2026-03-12")[0]).toMatchObject({
      date: "2023-09-01",
      dateEnd: "2023-11-30",
      planned: false,
    });
    expect(events("A second visit is planned in the autumn.", "2024-06-27")[0]).toMatchObject({
      date: "2024-09-01",
      dateEnd: "2024-11-30",
      planned: true,
    });
  });

  it("reads “the storm of 17 and 18 June” as a range, and “1 September that year” in the year named before", () => {
    expect(events("The storm of 17 and 18 June destroyed 46 boats.", "2024-06-27")[0]).toMatchObject({
      date: "2024-06-17",
      dateEnd: "2024-06-18",
      precision: "range",
    });
    expect(
      events("Workers voted in June 2023, and the transfer was completed on 1 September that year.", "2024-11-06").map((e) => e.date),
    ).toEqual(["2023-06-01", "2023-09-01"]);
  });

  it("dates an earlier event counted back from the date before it (“closed on 3 June, three weeks after an inspection”)", () => {
    expect(
      events("The unit closed on 3 June, three weeks after an inspection found single-midwife shifts.", "2025-10-15").map((e) => [
        e.date,
        e.precision,
      ]),
    ).toEqual([
      ["2025-06-03", "day"],
      ["2025-05-11", "mid_month"],
    ]);
  });

  it("reads no date in a weekday used as a kind of thing (“the Sunday shift”)", () => {
    expect(events("They argued about the Sunday shift.")).toEqual([]);
  });
});

describe("sources not in the registry", () => {
  it("proposes a chamber of commerce and a merchants' association named in a council-vote article", () => {
    const text =
      "The Arden and District Chamber of Commerce has supported the project. The Old Town Merchants' Association raised concerns about parking.";
    expect(extract(text).sources.map((s) => [s.name, s.sourceKind])).toEqual([
      ["Arden and District Chamber of Commerce", "organisation"],
      ["Old Town Merchants' Association", "organisation"],
    ]);
  });

  it("proposes companies named in apposition, outlets, and a dateline's agency, with their kinds", () => {
    const text =
      "KESSEL, Feb 3 (Continental Press) - The company, Severn Vale Water, denies it. Danubia Roads, the private operator, disagreed. She wrote for the Harlow Gazette. The regulator, the Water Services Authority, said nothing.";
    expect(Object.fromEntries(extract(text).sources.map((s) => [s.name, s.sourceKind]))).toEqual({
      "Continental Press": "agency",
      "Severn Vale Water": "organisation",
      "Danubia Roads": "organisation",
      "Harlow Gazette": "outlet",
      "Water Services Authority": "government",
    });
  });

  it("proposes a campaign group and keeps two names joined by “and the” apart", () => {
    const text =
      "The deal between the Riverside Health Board and the Royal College of Midwives pleased the Save Castlebridge Maternity group.";
    expect(extract(text).sources.map((s) => s.name)).toEqual([
      "Riverside Health Board",
      "Royal College of Midwives",
      "Save Castlebridge Maternity",
    ]);
  });

  it("folds a shorter name and a bracketed acronym into the source named in full", () => {
    const text =
      "The statement was issued by the Ministry of the Sea of Aurigny. The National Maritime Insurance Fund (CNAM) extended the deadline. The CNAM will open an office. The Ministry of the Sea thanks the volunteers.";
    const found = extract(text, "2024-06-27", [{ id: "cnam", name: "CNAM" }]).sources;
    expect(found.map((s) => s.name)).toEqual(["Ministry of the Sea of Aurigny", "National Maritime Insurance Fund"]);
    expect(found[1]?.match).toEqual({ id: "cnam", name: "CNAM" });
  });

  it("matches a name to the registry by its acronym, either way round", () => {
    expect(acronymOf("European Central Bank")).toBe("ECB");
    expect(acronymOf("E.C.B.")).toBe("ECB");
    expect(matchSource("European Central Bank", [{ id: "ecb", name: "ECB" }])?.id).toBe("ecb");
    expect(matchSource("ECB", [{ id: "ecb", name: "European Central Bank" }])?.id).toBe("ecb");
    expect(matchSource("ECB", [{ id: "x", name: "European Commission" }])).toBeNull();
    expect(
      matchSources([{ name: "ECB", match: null as { id: string; name: string } | null }], [{ id: "ecb", name: "European Central Bank" }])[0]
        ?.match?.id,
    ).toBe("ecb");
  });
});
