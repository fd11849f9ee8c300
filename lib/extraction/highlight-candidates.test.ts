import { describe, expect, it } from "vitest";
import { candidateAnchor, highlightCandidates } from "./highlight-candidates";

describe("highlightCandidates", () => {
  it("cuts the text at every candidate's edges, keeping it whole, with overlapping candidates on the same piece", () => {
    const text = "A: We started in March 2021, she said.";
    const pieces = highlightCandidates(text, [
      { key: "quote:3-27", kind: "quote", state: "open", spans: [{ start: 3, end: 27 }] },
      { key: "event:14-27", kind: "event", state: "rejected", spans: [{ start: 14, end: 27 }] },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.map((p) => [p.text, p.marks.map((m) => `${m.kind}${m.first ? "*" : ""}`)])).toEqual([
      ["A: ", []],
      ["We started ", ["quote*"]],
      ["in March 2021", ["quote", "event*"]],
      [", she said.", []],
    ]);
  });

  it("makes element ids of keys", () => {
    expect(candidateAnchor("source:ministry of foreign affairs of ukraine")).toBe(
      "candidate-source-ministry-of-foreign-affairs-of-ukraine",
    );
  });
});
