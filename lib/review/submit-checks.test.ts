import { describe, expect, it } from "vitest";
import type { BriefSnapshot, SnapshotClaim, SnapshotDocument, SnapshotEvent, SnapshotQuote } from "@/lib/revisions/snapshot";
import { submitChecks } from "./submit-checks";

const source = {
  id: "s1",
  slug: "s",
  name: "S",
  kind: "outlet",
  homepageUrl: null,
  country: null,
  reliability: "unrated",
  reliabilityRationale: "",
  stateAffiliated: false,
};
const document: SnapshotDocument = {
  id: "doc1",
  ref: "d1",
  title: "A report",
  url: null,
  author: null,
  publishedOn: null,
  language: "en",
  contentHash: "x",
  source,
};
const quote: SnapshotQuote = {
  ref: "q1",
  text: "full support",
  speakerName: "Kim Jong-Un",
  speakerTitle: "",
  speakerSource: null,
  documentId: "doc1",
  saidOn: null,
  saidOnPrecision: null,
  language: "en",
  translationNote: "",
  context: "",
  verification: "verbatim",
};
const event: SnapshotEvent = {
  ref: "e1",
  description: "Ties cut",
  dateStart: "2022-07-11",
  dateEnd: null,
  precision: "day",
  dateLabel: "11 July 2022",
  place: "",
  reportedBy: null,
  documentIds: ["doc1"],
};
const snapshot = (overrides: Partial<BriefSnapshot> = {}): BriefSnapshot => ({
  briefId: "b1",
  slug: "b",
  title: "Ukraine cuts ties",
  summary: "Kyiv broke off relations.",
  body: "Said [@q1] on [@e1], per [@d1].",
  topics: [],
  authors: [],
  quotes: [quote],
  events: [event],
  documents: [document],
  ...overrides,
});

describe("the checks before submission", () => {
  it("passes a complete brief", () => {
    expect(submitChecks(snapshot())).toEqual({ ok: true, problems: [], warnings: [] });
  });

  it("asks for a title and a summary", () => {
    const result = submitChecks(snapshot({ title: " ", summary: "" }));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([
      ["title_missing", "title"],
      ["summary_missing", "summary"],
    ]);
  });

  it("asks for each quote's speaker and document", () => {
    const result = submitChecks(
      snapshot({
        quotes: [
          { ...quote, speakerName: "" },
          { ...quote, ref: "q2", documentId: "elsewhere" },
        ],
        body: "[@q1] [@q2] [@e1]",
      }),
    );
    expect(result.problems.map((p) => [p.code, p.itemRef])).toEqual([
      ["quote_speaker_missing", "q1"],
      ["quote_document_missing", "q2"],
    ]);
    expect(result.problems[0]!.message).toBe("Quote q1 needs a speaker.");
  });

  it("asks for each event's date and document", () => {
    const result = submitChecks(
      snapshot({
        events: [
          { ...event, dateStart: "" },
          { ...event, ref: "e2", documentIds: [] },
        ],
        body: "[@q1] [@e1] [@e2]",
      }),
    );
    expect(result.problems.map((p) => [p.code, p.itemRef])).toEqual([
      ["event_date_missing", "e1"],
      ["event_document_missing", "e2"],
    ]);
  });

  it("lists each citation marker that does not resolve, once", () => {
    const result = submitChecks(
      snapshot({
        body: "[@q1] [@q7] [@e9] [@d2] [@q7]",
        documents: [
          { ...document, ref: null },
          { ...document, id: "doc2", ref: "d3" },
        ],
      }),
    );
    expect(result.problems.map((p) => p.itemRef)).toEqual(["q7", "e9", "d2"]);
    expect(result.problems[0]!.message).toContain("[@q7]");
  });

  it("resolves a document marker through its ref only", () => {
    expect(submitChecks(snapshot({ body: "[@d1]" })).ok).toBe(true);
    expect(submitChecks(snapshot({ body: "[@d1]", documents: [{ ...document, ref: null }] })).problems.map((p) => p.code)).toContain(
      "citation_unresolved",
    );
  });

  describe("with claims", () => {
    const claim: SnapshotClaim = {
      ref: "c1",
      text: "North Korea recognised the regions",
      quoted: false,
      speakerName: "KCNA",
      speakerSource: null,
      documentId: "doc1",
      appearanceUrl: null,
      appearedOn: null,
      verdict: { id: "r1", name: "True", definition: "Accurate.", value: 5, best: 5, worst: 0 },
      conclusion: "It did, on 13 July.",
    };

    it("passes a claim with a verdict, a conclusion and where it first appeared", () => {
      expect(submitChecks(snapshot({ claims: [claim] }))).toEqual({ ok: true, problems: [], warnings: [] });
      expect(submitChecks(snapshot({ claims: [{ ...claim, documentId: null, appearanceUrl: "https://example.com/a" }] })).ok).toBe(true);
    });

    it("asks for every claim's verdict and conclusion, and where it appeared", () => {
      const result = submitChecks(
        snapshot({ claims: [claim, { ...claim, ref: "c2", verdict: null, conclusion: "  ", documentId: "gone" }] }),
      );
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => [p.code, p.itemRef, p.field])).toEqual([
        ["claim_verdict_missing", "c2", "ratingId"],
        ["claim_conclusion_missing", "c2", "conclusion"],
        ["claim_appearance_missing", "c2", "documentId"],
      ]);
    });

    it("in conclusion-only mode needs no verdict, still a conclusion", () => {
      const unrated = { ...claim, verdict: null };
      expect(submitChecks(snapshot({ claims: [unrated] }), { verdictRequired: false }).ok).toBe(true);
      expect(
        submitChecks(snapshot({ claims: [{ ...unrated, conclusion: "" }] }), { verdictRequired: false }).problems.map((p) => p.code),
      ).toEqual(["claim_conclusion_missing"]);
    });
  });

  describe("the body's quotations and the quotes (DESIGN rule 7)", () => {
    const mayor: SnapshotQuote = {
      ...quote,
      ref: "q1",
      text: "This is not about bikes versus cars, it is about whether our children can get to school safely",
    };
    const codes = (s: BriefSnapshot, texts?: Map<string, string>) =>
      submitChecks(s, { documentTexts: texts }).problems.map((p) => [p.code, p.itemRef]);

    it("refuses a quotation its quote does not say, naming the passage and showing the difference", () => {
      const result = submitChecks(
        snapshot({ quotes: [mayor], body: 'The mayor said: "This is all about cars, and our children do not matter."[@q1] [@e1]' }),
      );
      expect(result.ok).toBe(false);
      const problem = result.problems.find((p) => p.code === "quotation_mismatch")!;
      expect(problem).toMatchObject({ itemRef: "q1", field: "body", passage: "This is all about cars, and our children do not matter." });
      expect(problem.message).toContain("“This is all about cars, and our children do not matter.” is not what quote q1 says");
      expect(problem.diff!.some((part) => part.op !== "same")).toBe(true);
    });

    it("passes a quotation of the quote's words, in part, with other marks, an ellipsis or an insertion", () => {
      for (const body of [
        "The mayor said it was “about whether our children can get to school safely” [@q1]. [@e1]",
        "The mayor said: 'This is not about bikes versus cars' [@q1]. [@e1]",
        'She said it "is not about bikes … it is about whether our children can get to school safely" [@q1]. [@e1]',
        'She said "[the lane] is about whether our children can get to school safely", in her words [@q1]. [@e1]',
      ])
        expect(codes(snapshot({ quotes: [mayor], body })), body).toEqual([]);
    });

    it("checks a quotation against a marker of its sentence when none follows it", () => {
      expect(
        codes(snapshot({ quotes: [mayor], body: 'She said "cars are the whole point of it all" at the meeting [@q1]. [@e1]' })),
      ).toEqual([["quotation_mismatch", "q1"]]);
    });

    it("asks for a citation for five or more words in quotation marks, and takes [@nq]", () => {
      const body = 'Russia calls it a "special military operation in Ukraine" to this day [@e1]. Critics call it "a war".';
      expect(codes(snapshot({ body: body.replace(" [@e1]", "") + " Then [@q1] spoke." }))).toEqual([["quotation_uncited", undefined]]);
      expect(submitChecks(snapshot({ body: 'It is a "special military operation in Ukraine" [@nq]. [@q1] [@e1]' })).ok).toBe(true);
      expect(submitChecks(snapshot({ body: 'A "short label" with no marker. Then [@q1] [@e1].' })).ok).toBe(true);
    });

    it("checks a quotation citing a document or an event against the documents' texts, when given", () => {
      const texts = new Map([["doc1", "Kyiv said it strongly condemns the decision of the DPRK."]]);
      expect(codes(snapshot({ body: 'Kyiv said it "strongly condemns the decision of the DPRK" [@d1]. [@q1] [@e1]' }), texts)).toEqual([]);
      expect(codes(snapshot({ body: 'Kyiv said it "welcomes the decision of the DPRK" [@d1]. [@q1] [@e1]' }), texts)).toEqual([
        ["quotation_mismatch", "d1"],
      ]);
      expect(codes(snapshot({ body: 'Kyiv said it "welcomes the decision of the DPRK" [@e1]. [@q1]' }), texts)).toEqual([
        ["quotation_mismatch", "e1"],
      ]);
    });

    it("refuses a quote not found in its document, and warns of an altered one without refusing", () => {
      const result = submitChecks(
        snapshot({
          quotes: [
            { ...quote, verification: "not_found" },
            { ...quote, ref: "q2", verification: "altered" },
          ],
          body: "[@q1] [@q2] [@e1]",
        }),
      );
      expect(result.problems.map((p) => [p.code, p.itemRef])).toEqual([["quote_not_found", "q1"]]);
      expect(result.problems[0]!.message).toContain("our own record");
      expect(result.warnings.map((p) => [p.code, p.itemRef])).toEqual([["quote_altered", "q2"]]);
      expect(submitChecks(snapshot({ quotes: [{ ...quote, verification: "altered" }] })).ok).toBe(true);
    });

    it("resolves claim markers and checks a quotation citing a claim against its words", () => {
      const claim: SnapshotClaim = {
        ref: "c1",
        text: "the lane will double traffic on Elm Street",
        quoted: true,
        speakerName: "A councillor",
        speakerSource: null,
        documentId: "doc1",
        appearanceUrl: null,
        appearedOn: null,
        verdict: null,
        conclusion: "It will not.",
      };
      const checks = (body: string) =>
        submitChecks(snapshot({ claims: [claim], body: `${body} [@q1] [@e1]` }), { verdictRequired: false }).problems.map((p) => [
          p.code,
          p.itemRef,
        ]);
      expect(checks('He said "the lane will double traffic" [@c1].')).toEqual([]);
      expect(checks('He said "the lane will triple traffic on Elm Street" [@c1].')).toEqual([["quotation_mismatch", "c1"]]);
      expect(checks("See [@c2].")).toEqual([["citation_unresolved", "c2"]]);
    });
  });
});
