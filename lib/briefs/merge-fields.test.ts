import { describe, expect, it } from "vitest";
import { mergeFields, mergeText } from "./merge-fields";

const base = { title: "Title", slug: "title", summary: "Summary.", body: "One.\n\nTwo.\n\nThree.", topics: ["Ukraine"] };

describe("mergeFields", () => {
  it("keeps both sides' changes to different fields", () => {
    const merged = mergeFields(base, { ...base, title: "New title" }, { ...base, summary: "Their summary." });
    expect(merged.conflicts).toEqual([]);
    expect(merged.fields).toEqual({ ...base, title: "New title", summary: "Their summary." });
  });

  it("is no conflict when both sides made the same change", () => {
    const merged = mergeFields(base, { ...base, title: "Same" }, { ...base, title: "Same" });
    expect(merged.conflicts).toEqual([]);
    expect(merged.fields.title).toBe("Same");
  });

  it("reports a field both sides changed differently, and keeps mine in it", () => {
    const merged = mergeFields(base, { ...base, summary: "Mine." }, { ...base, summary: "Theirs." });
    expect(merged.conflicts).toEqual(["summary"]);
    expect(merged.fields.summary).toBe("Mine.");
  });

  it("compares topics whatever their order", () => {
    const merged = mergeFields({ ...base, topics: ["A", "B"] }, { ...base, topics: ["B", "A"] }, { ...base, topics: ["A", "B", "C"] });
    expect(merged.conflicts).toEqual([]);
    expect(merged.fields.topics).toEqual(["A", "B", "C"]);
  });

  it("offers a merged body when the two changes touch different lines", () => {
    const merged = mergeFields(
      base,
      { ...base, body: "One, edited.\n\nTwo.\n\nThree." },
      { ...base, body: "One.\n\nTwo.\n\nThree, theirs." },
    );
    expect(merged.conflicts).toEqual(["body"]);
    expect(merged.mergedBody).toBe("One, edited.\n\nTwo.\n\nThree, theirs.");
  });

  it("offers no merged body when both changed the same line", () => {
    const merged = mergeFields(
      base,
      { ...base, body: "One, mine.\n\nTwo.\n\nThree." },
      { ...base, body: "One, theirs.\n\nTwo.\n\nThree." },
    );
    expect(merged.mergedBody).toBeUndefined();
  });
});

describe("mergeText", () => {
  it("merges insertions at different places", () => {
    expect(mergeText("a\nb\nc", "x\na\nb\nc", "a\nb\nc\ny")).toBe("x\na\nb\nc\ny");
  });
});
