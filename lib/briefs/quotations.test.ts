import { describe, expect, it } from "vitest";
import { findQuotations } from "./quotations";

const found = (body: string) =>
  findQuotations(body).map((q) => ({
    text: q.text,
    words: q.words,
    attached: q.attached.map((m) => m.ref),
    sentence: q.sentence.map((m) => m.ref),
    nq: q.notQuotation,
  }));

describe("the passages of a body in quotation marks", () => {
  it("finds straight and curly quotations with the marker right after them", () => {
    expect(found('The mayor said: "This is all about cars."[@q1] Then she left.')).toEqual([
      { text: "This is all about cars.", words: 5, attached: ["q1"], sentence: [], nq: false },
    ]);
    expect(found("He called it “a provocation” [@q2], and left.")).toEqual([
      { text: "a provocation", words: 2, attached: ["q2"], sentence: [], nq: false },
    ]);
    expect(found("“We will not go back”. [@q3]")[0]!.attached.map((m) => m)).toEqual(["q3"]);
  });

  it("takes the other markers of the same sentence when none follows the quotation", () => {
    expect(found('Kim promised "full support and more" to Moscow, state media said [@q1][@d1]. Next [@q2].')).toEqual([
      { text: "full support and more", words: 4, attached: [], sentence: ["q1", "d1"], nq: false },
    ]);
  });

  it("does not take a marker of the next sentence", () => {
    expect(found('He said "we will never surrender to them." Officials confirmed it later [@q1].')).toEqual([
      { text: "we will never surrender to them.", words: 6, attached: [], sentence: [], nq: false },
    ]);
    expect(found('He said "we will never surrender to them". Officials confirmed it [@q1].')[0]!.sentence).toEqual([]);
  });

  it("keeps a marker after a sentence's full stop with that sentence", () => {
    expect(found('He said "we will stay here for good". [@q1] The council disagreed.')[0]!.attached.map(String)).toEqual(["q1"]);
    expect(found('He said "we will stay here for good" yesterday. [@q1] The council disagreed.')[0]!.sentence).toEqual(["q1"]);
  });

  it("reads a nested quotation as part of the outer one", () => {
    expect(found(`She said: "He told me 'we are leaving' and then left" [@q1].`)).toEqual([
      { text: "He told me 'we are leaving' and then left", words: 9, attached: ["q1"], sentence: [], nq: false },
    ]);
    expect(found("She said: “He told me ‘we are leaving’ and then left” [@q1].")[0]!.text).toBe(
      "He told me ‘we are leaving’ and then left",
    );
  });

  it("leaves out a marker inside the quotation and counts it as the quotation's", () => {
    expect(found('"We will build the lane [@q1] and then the bridge," she said.')).toEqual([
      { text: "We will build the lane and then the bridge,", words: 9, attached: ["q1"], sentence: [], nq: false },
    ]);
  });

  it("reads German, Polish, French and single low marks", () => {
    expect(found("Er sagte: „Wir bleiben hier für immer“ [@q1].")[0]).toMatchObject({
      text: "Wir bleiben hier für immer",
      attached: ["q1"],
    });
    expect(found("Powiedział: „Zostajemy tu na zawsze” [@q1].")[0]).toMatchObject({ text: "Zostajemy tu na zawsze", attached: ["q1"] });
    expect(found("Il a dit : « Nous restons ici pour toujours » [@q1].")[0]).toMatchObject({
      text: "Nous restons ici pour toujours",
      attached: ["q1"],
    });
    expect(found("Er sagte: ‚Wir bleiben hier für immer‘ [@q1].")[0]).toMatchObject({
      text: "Wir bleiben hier für immer",
      attached: ["q1"],
    });
    expect(found("She said: ‘We stay here for good’ [@q1].")[0]).toMatchObject({ text: "We stay here for good", attached: ["q1"] });
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(found("The mayor's plan and the councillors' reply don't change Kim’s view.")).toEqual([]);
    expect(found("“The mayor’s plan isn’t the councillors’ plan” [@q1]")[0]!.text).toBe("The mayor’s plan isn’t the councillors’ plan");
  });

  it("sees the [@nq] mark of a passage that is not a quotation", () => {
    expect(found('Russia calls it a "special military operation in Ukraine"[@nq] to this day.')[0]).toMatchObject({ nq: true, words: 5 });
    expect(found('A "special military operation in Ukraine" [@nq].')[0]!.nq).toBe(true);
  });

  it("never runs a quotation past its paragraph, and ignores code and link targets", () => {
    expect(found('An unclosed "mark here\n\nand a new paragraph" with words')).toEqual([]);
    expect(found('Run `say "hello there my good friend"` or [a link](https://example.org/a "a title of five words").')).toEqual([]);
  });

  it("counts the words of each quotation", () => {
    expect(found('Two "scare quotes" and "five words in quotation marks".').map((q) => q.words)).toEqual([2, 5]);
  });
});
