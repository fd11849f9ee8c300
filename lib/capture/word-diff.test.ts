import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("shows the words that changed between two captures", () => {
    const diff = wordDiff("The budget would rise by four percent next year.", "The budget would rise by two percent next year.");
    expect(diff).toMatchObject({ state: "changed", added: 1, removed: 1 });
    if (diff.state !== "changed") throw new Error("expected a change");
    expect(diff.parts.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text])).toEqual([
      ["removed", "four"],
      ["added", "two"],
    ]);
  });
  it("says when nothing changed, and when the texts are too long to compare here", () => {
    expect(wordDiff("same", "same")).toEqual({ state: "same" });
    expect(wordDiff("a".repeat(300_001), "b")).toEqual({ state: "too_long" });
  });
  it("shortens long unchanged stretches", () => {
    const long = "word ".repeat(500);
    const diff = wordDiff(`${long}old end`, `${long}new end`);
    if (diff.state !== "changed") throw new Error("expected a change");
    expect(diff.parts[0]!.text).toContain(" … ");
  });
});
