import { describe, expect, it } from "vitest";
import { compareSnapshots, describeChanges } from "./compare-snapshots";
import type { BriefSnapshot, SnapshotQuote } from "./snapshot";

const quote = (ref: string, text: string): SnapshotQuote => ({
  ref, text, speakerName: "Oleh Nikolenko", speakerTitle: "Spokesman", speakerSource: null, documentId: "d", saidOn: null,
  saidOnPrecision: null, language: "en", translationNote: "", context: "", verification: "verbatim",
});
const base: BriefSnapshot = {
  briefId: "b", slug: "s", title: "Ukraine cuts ties with North Korea", summary: "Kyiv broke off relations.", body: "Body.",
  topics: [{ slug: "war", name: "War" }], authors: [], quotes: [quote("q1", "strongly condemns"), quote("q2", "full support")],
  events: [], documents: [],
};

describe("compareSnapshots", () => {
  it("diffs fields word by word", () => {
    const c = compareSnapshots(base, { ...base, title: "Ukraine severs ties with North Korea" });
    expect(c.fields).toHaveLength(1);
    expect(c.fields[0]!.field).toBe("title");
    expect(c.fields[0]!.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["cuts"]);
    expect(c.fields[0]!.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["severs"]);
  });

  it("finds quotes added, removed and changed by their ref", () => {
    const c = compareSnapshots(base, { ...base, quotes: [quote("q1", "strongly condemns it"), quote("q3", "actively joining")] });
    expect(c.quotes.map((q) => [q.ref, Boolean(q.before), Boolean(q.after)])).toEqual([
      ["q1", true, true], ["q2", true, false], ["q3", false, true],
    ]);
    expect(describeChanges(c)).toBe("1 quote added; 1 quote removed; 1 quote changed");
  });

  it("says when nothing changed", () => {
    expect(describeChanges(compareSnapshots(base, structuredClone(base)))).toBe("no changes");
  });
});
