import { describe, expect, it } from "vitest";
import { findCitationMarkers, numberCitations, replaceCitationMarkers, unresolvedCitations } from "./citations";

const body = "Kim offered support [@q1]. Ukraine cut ties [@e3][@d1]. Again [@q1].";

describe("citation markers", () => {
  it("finds quote, event and document markers in order", () => {
    expect(findCitationMarkers(body).map((m) => [m.ref, m.kind])).toEqual([
      ["q1", "quote"],
      ["e3", "event"],
      ["d1", "document"],
      ["q1", "quote"],
    ]);
  });

  it("numbers citations by first appearance", () => {
    expect([...numberCitations(body)]).toEqual([
      ["q1", 1],
      ["e3", 2],
      ["d1", 3],
    ]);
  });

  it("lists markers that point at nothing, once each", () => {
    expect(unresolvedCitations(body + " [@q9] [@q9]", ["q1", "e3", "d1"])).toEqual(["q9"]);
  });

  it("ignores text that only looks like a marker", () => {
    expect(findCitationMarkers("email [@x1] or [q1] or [@q]")).toEqual([]);
  });

  it("replaces markers with their numbers", () => {
    expect(replaceCitationMarkers(body, (ref, n) => `(${n}:${ref})`)).toBe(
      "Kim offered support (1:q1). Ukraine cut ties (2:e3)(3:d1). Again (1:q1).",
    );
  });

  it("finds claim markers, and drops [@nq] marks for readers", () => {
    expect(findCitationMarkers("A claim [@c2] and a label [@nq].").map((m) => [m.ref, m.kind])).toEqual([["c2", "claim"]]);
    expect(replaceCitationMarkers('It called it a "special operation" [@nq] [@c2].', (ref, n) => `(${n}:${ref})`)).toBe(
      'It called it a "special operation" (1:c2).',
    );
  });
});
