import { describe, expect, it } from "vitest";
import {
  bodyText,
  cutText,
  highlightSegments,
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  SNIPPET_BODY_MAX,
  SNIPPET_CHUNK,
  SNIPPET_OVERLAP,
  snippetChunks,
  snippetSource,
  UNDERSCORE,
} from "./snippet";

describe("bodyText", () => {
  it("keeps the words readers see and drops Markdown syntax and citation markers", () => {
    const markdown = [
      "## Kyiv's response",
      "",
      'Oleh **Nikolenko**, a [spokesman](https://mfa.gov.ua/en) for _the ministry_, said it "strongly condemns" [@q3] the `move` [@e2][@d1].',
      "",
      "- first point",
      "- second *point*",
      "",
      "> quoted <b>words</b>",
    ].join("\n");
    expect(bodyText(markdown)).toBe(
      'Kyiv\'s response\nOleh Nikolenko, a spokesman for the ministry, said it "strongly condemns" the move.\nfirst point\nsecond point\nquoted words',
    );
  });

  it("is empty for an empty body", () => {
    expect(bodyText("")).toBe("");
  });

  // The parser before markdown-it took 16 s on this body on a loaded 2-core machine (hence
  // the timeout; markdown-it takes well under 1 s) and overflowed the stack on the blockquotes.
  it("reads pathological bodies at the length limit as their text", { timeout: 10_000 }, () => {
    expect(bodyText("a_".repeat(49_000))).toBe("a_".repeat(49_000));
    expect(bodyText(`${">".repeat(10_000)} a`)).not.toContain(">");
  });
});

describe("snippetSource", () => {
  it("joins summary, body and quotes with their speakers, without the highlight marks", () => {
    const source = snippetSource({
      summary: `A summary ${S}with${E} marks.`,
      body: "## A heading\n\nThe body [@q1].",
      quotes: [{ text: "full support", speakerName: "Kim Jong-Un" }],
    });
    expect(source).toBe("A summary  with  marks. A heading — The body. “full support” (Kim Jong-Un)");
  });
});

describe("snippetSource and snippetChunks: bounded text for ts_headline", () => {
  it("reads only the first SNIPPET_BODY_MAX characters of the body", () => {
    const source = snippetSource({ summary: "S.", body: `${"word ".repeat(SNIPPET_BODY_MAX)}LATE`, quotes: [] });
    expect(source).not.toContain("LATE");
    expect(source.length).toBeLessThanOrEqual(SNIPPET_BODY_MAX + 10);
  });

  it("cuts overlapping chunks at spaces, with underscores as UNDERSCORE, covering the text", () => {
    const text = Array.from({ length: 3_000 }, (_, i) => `w${i}_x`).join(" ");
    const chunks = snippetChunks(text);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(SNIPPET_CHUNK + SNIPPET_OVERLAP);
    expect(chunks.join(" ")).not.toContain("_");
    // Every word stands whole in some chunk, and neighbouring chunks overlap.
    for (const w of ["w0", "w150", "w151", "w999", "w1500"])
      expect(chunks.some((c) => c.includes(` ${w}${UNDERSCORE}x `) || c.startsWith(`${w}${UNDERSCORE}`))).toBe(true);
    expect(chunks[0]!.slice(-SNIPPET_OVERLAP)).toContain(chunks[1]!.slice(0, 20).trim());
  });

  it("never cuts a surrogate pair, even in a text with no spaces", () => {
    const chunks = snippetChunks("😀".repeat(3_000));
    for (const chunk of chunks) expect(chunk).toMatch(/^(?:\ud83d\ude00)+$/);
    expect(cutText("a😀", 2)).toBe("a");
    expect(snippetChunks("")).toEqual([""]);
  });
});

describe("highlightSegments", () => {
  it("puts back the underscores that stood in for UNDERSCORE", () => {
    expect(highlightSegments(`snake${UNDERSCORE}${S}case${E}${UNDERSCORE}x`)).toEqual([
      { text: "snake_", highlight: false },
      { text: "case", highlight: true },
      { text: "_x", highlight: false },
    ]);
  });

  it("turns ts_headline's marks into text segments", () => {
    expect(highlightSegments(`Ukraine cuts ${S}ties${E} with ${S}North${E} ${S}Korea${E}`)).toEqual([
      { text: "Ukraine cuts ", highlight: false },
      { text: "ties", highlight: true },
      { text: " with ", highlight: false },
      { text: "North", highlight: true },
      { text: " ", highlight: false },
      { text: "Korea", highlight: true },
    ]);
  });

  it("keeps markup as text and survives stray or unbalanced marks", () => {
    expect(highlightSegments("<script>alert(1)</script>")).toEqual([{ text: "<script>alert(1)</script>", highlight: false }]);
    expect(highlightSegments(`a${E}b ${S}c`)).toEqual([
      { text: "ab ", highlight: false },
      { text: "c", highlight: true },
    ]);
    expect(highlightSegments("")).toEqual([]);
  });
});
