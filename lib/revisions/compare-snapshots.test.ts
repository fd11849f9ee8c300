import { describe, expect, it } from "vitest";
import { compareSnapshots, describeChanges } from "./compare-snapshots";
import type { BriefSnapshot, SnapshotClaim, SnapshotQuote } from "./snapshot";

const quote = (ref: string, text: string): SnapshotQuote => ({
  ref,
  text,
  speakerName: "Oleh Nikolenko",
  speakerTitle: "Spokesman",
  speakerSource: null,
  documentId: "d",
  saidOn: null,
  saidOnPrecision: null,
  language: "en",
  translationNote: "",
  context: "",
  verification: "verbatim",
});
const base: BriefSnapshot = {
  briefId: "b",
  slug: "s",
  title: "Ukraine cuts ties with North Korea",
  summary: "Kyiv broke off relations.",
  body: "Body.",
  topics: [{ slug: "war", name: "War" }],
  authors: [],
  quotes: [quote("q1", "strongly condemns"), quote("q2", "full support")],
  events: [],
  documents: [],
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
      ["q1", true, true],
      ["q2", true, false],
      ["q3", false, true],
    ]);
    expect(describeChanges(c)).toBe("1 quote added; 1 quote removed; 1 quote changed");
  });

  it("compares claims by ref, their verdict by name, and reads a snapshot without claims as none", () => {
    const claim = (ref: string, verdict: string | null): SnapshotClaim => ({
      ref,
      text: "The regions are independent",
      quoted: false,
      speakerName: "KCNA",
      speakerSource: null,
      documentId: "d",
      appearanceUrl: null,
      appearedOn: null,
      conclusion: "No state but Russia and Syria agrees.",
      verdict: verdict === null ? null : { id: verdict, name: verdict, definition: "", value: 1, best: 5, worst: 0 },
    });
    const rated = { ...base, claims: [claim("c1", "Mostly true")] };
    expect(describeChanges(compareSnapshots(base, rated))).toBe("1 claim added");
    const c = compareSnapshots(rated, { ...base, claims: [claim("c1", "False")] });
    expect(c.claims.map((i) => [i.ref, i.fields.map((f) => f.field)])).toEqual([["c1", ["verdictName"]]]);
    expect(c.claims[0]!.fields[0]!.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["False"]);
    expect(describeChanges(c)).toBe("1 claim changed");
  });

  it("says when nothing changed", () => {
    expect(describeChanges(compareSnapshots(base, structuredClone(base)))).toBe("no changes");
  });
});
