// Pathological texts (issue 14): a list of dated lines, one endless "sentence", a
// megabyte of one repeated quotation. What a caller sees must stay bounded: sentences
// no longer than MAX_SENTENCE_CHARS, descriptions cut around their date, at most
// MAX_CANDIDATES of each kind with the true count beside them.
import { describe, expect, it } from "vitest";
import { extractCandidates, extractCounted, MAX_CANDIDATES } from "./extract-candidates";
import { excerpt, MAX_DESCRIPTION_CHARS } from "./extract-events";
import { MAX_SENTENCE_CHARS, sentences } from "./segment";

const publishedOn = new Date("2022-07-14T00:00:00Z");
const slices = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

function chronology(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000);
    out.push(
      `${day.getUTCDate()} ${day.toLocaleString("en", { month: "long", timeZone: "UTC" })} ${day.getUTCFullYear()}: the council meets`,
    );
  }
  return out.join("\n");
}

describe("sentences", () => {
  it("makes every line of a chronology a sentence of its own", () => {
    expect(slices("12 June 2022: talks open\n13 June 2022: talks fail\n14 June 2022: strike called")).toEqual([
      "12 June 2022: talks open",
      "13 June 2022: talks fail",
      "14 June 2022: strike called",
    ]);
  });

  it("makes bulleted and numbered lines sentences, and keeps hard-wrapped prose whole", () => {
    expect(slices("What happened:\n- the port closed\n- the union struck")).toEqual([
      "What happened:",
      "- the port closed",
      "- the union struck",
    ]);
    expect(slices("Timeline\n1) talks open\n2) talks fail")).toEqual(["Timeline", "1) talks open", "2) talks fail"]);
    expect(slices("The minister said that the talks\nwould resume on Monday.")).toEqual([
      "The minister said that the talks\nwould resume on Monday.",
    ]);
  });

  it("cuts a sentence with no end at a clause or word break, never longer than the limit", () => {
    const text = "12 June 2022, ".repeat(5000);
    const all = sentences(text);
    expect(all.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of all) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(slices(text)[0]).toMatch(/^12 June 2022,.*2022,$/);
    const spaceless = "x".repeat(3 * MAX_SENTENCE_CHARS);
    expect(slices(spaceless).join("")).toBe(spaceless);
  });

  it("never cuts between the halves of a surrogate pair", () => {
    const text = "😀".repeat(MAX_SENTENCE_CHARS * 2);
    for (const part of slices(text)) expect(part).toMatch(/^(?:😀)+$/u);
  });
});

describe("event descriptions", () => {
  it("keeps a short sentence whole and cuts a long one around its date", () => {
    expect(excerpt("The port closed on 12 June 2022.", "on 12 June 2022")).toBe("The port closed on 12 June 2022.");
    const long = `${"Before that, many things happened. ".repeat(20)}The port closed on 12 June 2022 after talks failed. ${"Afterwards, more things happened. ".repeat(20)}`;
    const cut = excerpt(long, "on 12 June 2022");
    expect(cut.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS + 2);
    expect(cut).toContain("The port closed on 12 June 2022 after talks failed.");
    expect(cut).toMatch(/^….*…$/);
  });

  it("gives every event of a long list of dates a bounded description", () => {
    const { events } = extractCandidates("12 June 2022, ".repeat(3000), { publishedOn });
    expect(events.length).toBe(MAX_CANDIDATES.events);
    for (const event of events) expect(event.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS + 2);
  });

  it("reads one event a line from a chronology, described by its own line", () => {
    const text = chronology(40);
    const { events } = extractCandidates(text, { publishedOn });
    expect(events).toHaveLength(40);
    expect(events[1]).toMatchObject({ date: "2020-01-02", precision: "day", description: "2 January 2020: the council meets" });
  });
});

describe("the cap on candidates", () => {
  it("proposes at most MAX_CANDIDATES of each kind, the first in the text, and counts them all", () => {
    const text = '"Words here," said John Smith on Tuesday. '.repeat(1500);
    const { quotes, events, found } = extractCounted(text, { publishedOn });
    expect(quotes).toHaveLength(MAX_CANDIDATES.quotes);
    expect(found.quotes).toBe(1500);
    expect(quotes[0]).toMatchObject({ text: "Words here", speakerName: "John Smith" });
    expect(events.length).toBeLessThanOrEqual(MAX_CANDIDATES.events);
  });

  it("does not propose a quotation longer than a quote can be", () => {
    const { quotes } = extractCandidates(`He said: “${"and so on ".repeat(600)}`, { publishedOn });
    expect(quotes).toHaveLength(0);
  });
});

describe("issue 20's rules on hostile text", () => {
  // every new pattern (interview labels, titles, organisation names, apposition, seasons,
  // day pairs, anchored dates, guillemets, ages, period bounds) repeated with no end
  const pieces = [
    "— AAAA: ",
    "**Aaa Bbb:** x\n",
    "Aaaa Bbbb Cccc ",
    "Council Fund Board Institute ",
    "Ministry of the of the of the ",
    "The company, Aaaa Bbbb Cccc Dddd Eeee ",
    "the Minister of the Sea, Ms Aaa Bbb, ",
    "in the summer of ",
    "17 and 18 and 19 and ",
    "two weeks after the collapse. ",
    "« « « » ",
    "said the 38-year-old, ",
    "until the end of until the end of ",
  ];
  const hostile = (size: number) => {
    let text = "";
    for (let i = 0; text.length < size; i++) text += pieces[i % pieces.length]!.repeat(40);
    return text.slice(0, size);
  };
  const time = (text: string) => {
    const start = performance.now();
    extractCandidates(text, { publishedOn });
    return performance.now() - start;
  };

  it("reads 100 KB in time linear in its length, with no backtracking blow-up", () => {
    time(hostile(5_000)); // warm up
    const quarter = time(hostile(25_000));
    const whole = time(hostile(100_000));
    console.log(`issue 20 hostile text: 25 KB in ${quarter.toFixed(0)} ms, 100 KB in ${whole.toFixed(0)} ms`);
    expect(whole).toBeLessThan(8 * quarter + 1000);
    expect(whole).toBeLessThan(20_000);
  }, 60_000);
});
