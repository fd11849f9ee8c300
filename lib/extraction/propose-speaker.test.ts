import { describe, expect, it } from "vitest";
import { proposeSpeaker, type SpeakerSource } from "./propose-speaker";

const candidate = (key: string, start: number, end: number, speakerName: string): SpeakerSource => ({
  key,
  spans: [{ start, end }],
  speakerName,
  speakerTitle: "",
  speakerSourceId: null,
  saidOn: null,
  saidOnPrecision: null,
});

describe("proposeSpeaker", () => {
  const candidates = [
    candidate("quote:10-40", 10, 40, "Ada Mayor"),
    candidate("quote:100-140", 100, 140, "Ben Clerk"),
    candidate("quote:200-220", 200, 220, ""),
  ];

  it("takes the candidate whose words the passage lies in", () => {
    expect(proposeSpeaker(candidates, { start: 105, end: 120 })).toMatchObject({
      speakerName: "Ben Clerk",
      how: "covering",
      candidateKey: "quote:100-140",
    });
  });

  it("takes the one the passage overlaps most when it spans two", () => {
    expect(proposeSpeaker(candidates, { start: 35, end: 110 })).toMatchObject({ speakerName: "Ben Clerk", how: "covering" });
    expect(proposeSpeaker(candidates, { start: 12, end: 103 })).toMatchObject({ speakerName: "Ada Mayor", how: "covering" });
  });

  it("otherwise takes the nearest attributed candidate, skipping ones without a speaker", () => {
    expect(proposeSpeaker(candidates, { start: 60, end: 70 })).toMatchObject({ speakerName: "Ada Mayor", how: "nearest" });
    expect(proposeSpeaker(candidates, { start: 205, end: 210 })).toMatchObject({ speakerName: "Ben Clerk", how: "nearest" });
  });

  it("proposes nobody when no candidate names a speaker", () => {
    expect(proposeSpeaker([candidate("quote:1-5", 1, 5, " ")], { start: 1, end: 3 })).toBeNull();
    expect(proposeSpeaker([], { start: 1, end: 3 })).toBeNull();
  });
});
