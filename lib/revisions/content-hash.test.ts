import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./content-hash";

describe("contentHash", () => {
  it("does not depend on key order, at any depth", () => {
    const a = { title: "T", quotes: [{ text: "x", ref: "q1" }], meta: { b: 1, a: 2 } };
    const b = { meta: { a: 2, b: 1 }, quotes: [{ ref: "q1", text: "x" }], title: "T" };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it("changes with any content, including array order", () => {
    const base = { quotes: ["a", "b"] };
    expect(contentHash(base)).not.toBe(contentHash({ quotes: ["b", "a"] }));
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});
