import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";
import { readSnapshot, SnapshotShapeError } from "./read-snapshot";
import type { BriefSnapshot, SnapshotSource } from "./snapshot";

const source: SnapshotSource = {
  id: "s1",
  slug: "ukrinform",
  name: "Ukrinform",
  kind: "agency",
  homepageUrl: null,
  country: "UA",
  reliability: "high",
  reliabilityRationale: "",
  stateAffiliated: false,
};

/** A snapshot as buildSnapshot writes it today, with every optional part present. */
const current: BriefSnapshot = {
  briefId: "b1",
  slug: "ties-cut",
  title: "Ties cut",
  summary: "Kyiv ended relations.",
  body: "Kyiv said [@q1] [@c1].",
  topics: [{ slug: "ukraine", name: "Ukraine" }],
  authors: [{ id: "u1", name: "Lena" }],
  quotes: [
    {
      ref: "q1",
      text: "We shall not retreat",
      speakerName: "Jane",
      speakerTitle: "Minister",
      speakerSource: source,
      documentId: "d1",
      saidOn: "2022-07-13",
      saidOnPrecision: "day",
      language: "en",
      translationNote: "",
      context: "",
      verification: "altered",
      difference: {
        passage: "We will not retreat",
        before: "",
        after: ".",
        diff: [
          { op: "same", text: "We" },
          { op: "changed", text: "shall", source: "will" },
        ],
      },
    },
  ],
  events: [
    {
      ref: "e1",
      description: "Relations ended",
      dateStart: "2022-07-13",
      dateEnd: null,
      precision: "day",
      dateLabel: "13 July 2022",
      place: "Kyiv",
      reportedBy: null,
      documentIds: ["d1"],
    },
  ],
  claims: [
    {
      ref: "c1",
      text: "Ties were never close",
      quoted: false,
      speakerName: "Jane",
      speakerSource: null,
      documentId: null,
      appearanceUrl: "https://example.org/a",
      appearedOn: null,
      verdict: { id: "r1", name: "False", definition: "Wrong.", value: 0, best: 4, worst: 0 },
      conclusion: "They were close.",
    },
  ],
  documents: [
    {
      id: "d1",
      ref: "d1",
      title: "Statement",
      url: null,
      author: null,
      publishedOn: "2022-07-13",
      language: "en",
      contentHash: "0".repeat(64),
      source,
      record: { method: "a phone call", by: "Lena" },
    },
  ],
};

/** A snapshot made before claims existed. */
const beforeClaims = (): Omit<BriefSnapshot, "claims"> => {
  const old: BriefSnapshot = { ...current };
  delete old.claims;
  return old;
};

/** Stored JSON comes back from jsonb: plain data, no shared references. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("readSnapshot", () => {
  it("reads a snapshot of today's shape as it was written", () => {
    expect(readSnapshot(stored(current))).toEqual(current);
  });

  it("upgrades a snapshot made before claims existed: no claims, and nothing else changed", () => {
    const read = readSnapshot(stored(beforeClaims()));
    expect(read.claims).toEqual([]);
    expect(read.quotes).toEqual(current.quotes);
    expect(read.documents).toEqual(current.documents);
  });

  it("leaves the stored JSON as it was, so its content hash still matches", () => {
    const json = stored(beforeClaims());
    const before = contentHash(json);
    readSnapshot(json);
    expect(contentHash(json)).toBe(before);
  });

  it.each([
    ["null", null],
    ["a string", "{}"],
    ["an array", [current]],
    ["an empty object", {}],
    ["a snapshot without its title", { ...current, title: undefined }],
    ["a quote whose verification is a number", { ...current, quotes: [{ ...current.quotes[0], verification: 1 }] }],
    [
      "a diff part of an unknown kind",
      {
        ...current,
        quotes: [{ ...current.quotes[0], difference: { ...current.quotes[0]!.difference, diff: [{ op: "moved", text: "x" }] } }],
      },
    ],
    ["a key no snapshot ever had", { ...current, secret: "x" }],
  ])("refuses %s", (_name, json) => {
    expect(() => readSnapshot(stored(json))).toThrow(SnapshotShapeError);
  });

  it("says where the shape is wrong", () => {
    expect(() => readSnapshot(stored({ ...current, events: [{ ...current.events[0], dateStart: 20220713 }] }))).toThrow(
      /events\.0\.dateStart/,
    );
  });
});
