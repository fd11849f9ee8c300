import { describe, expect, it } from "vitest";
import { publishedBriefFixture } from "@/lib/feeds/published-brief.fixture";
import { AppError } from "@/lib/errors";
import type { SnapshotClaim, SnapshotVerdict } from "@/lib/revisions/snapshot";
import { assertCorrectionFits } from "./publish-brief";
import { verdictChanges, verdictChangeText } from "./verdict-changes";

const rating = (name: string, value: number): SnapshotVerdict => ({
  id: name.toLowerCase(),
  name,
  definition: `${name}.`,
  value,
  best: 5,
  worst: 0,
});
const claim = (ref: string, verdict: SnapshotVerdict | null, text = `Claim ${ref}`): SnapshotClaim => ({
  ref,
  text,
  quoted: false,
  speakerName: "KCNA",
  speakerSource: null,
  documentId: "d1",
  appearanceUrl: null,
  appearedOn: null,
  verdict,
  conclusion: "Because.",
});
const snapshot = (claims?: SnapshotClaim[]) => publishedBriefFixture(claims ? { claims } : {}).snapshot;

describe("verdictChanges", () => {
  it("lists each claim, matched by ref, whose verdict differs from the publication's", () => {
    const before = snapshot([claim("c1", rating("Mostly true", 4)), claim("c2", rating("False", 1)), claim("c3", rating("True", 5))]);
    const after = snapshot([
      claim("c1", rating("False", 1), "North Korea recognised the regions"),
      claim("c2", rating("False", 1)),
      claim("c4", rating("True", 5)),
    ]);
    expect(verdictChanges(before, after)).toEqual([
      { ref: "c1", claim: "North Korea recognised the regions", from: "Mostly true", to: "False" },
    ]);
  });

  it("finds none between snapshots without claims (made before claims existed)", () => {
    expect(verdictChanges(snapshot(), snapshot())).toEqual([]);
    expect(verdictChanges(snapshot(), snapshot([claim("c1", rating("True", 5))]))).toEqual([]);
  });

  it("names the old and the new verdict in the public text", () => {
    expect(verdictChangeText([{ ref: "c1", claim: "North Korea recognised the regions", from: "Mostly true", to: "False" }])).toBe(
      "Verdict on the claim “North Korea recognised the regions” changed from Mostly true to False.",
    );
  });
});

describe("assertCorrectionFits with verdict changes", () => {
  const changes = [{ ref: "c1", claim: "x", from: "True", to: "False" }];
  const note = "We found the original statement.";
  const refusal = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return error instanceof AppError ? { code: error.code, fields: error.fieldErrors } : error;
    }
    return null;
  };

  it("requires a correction of kind verdict_change when a published verdict changes", () => {
    for (const correction of [undefined, { kind: "correction" as const, note }]) {
      expect(
        refusal(() => assertCorrectionFits({ republishing: true, correction, cosmetic: false, verdictChanges: changes })),
      ).toMatchObject({ code: "invalid", fields: { correction: [expect.stringContaining("c1: from True to False")] } });
    }
    expect(refusal(() => assertCorrectionFits({ republishing: true, cosmetic: true, verdictChanges: changes }))).toMatchObject({
      code: "invalid",
    });
    expect(
      refusal(() =>
        assertCorrectionFits({
          republishing: true,
          correction: { kind: "verdict_change", note },
          cosmetic: false,
          verdictChanges: changes,
        }),
      ),
    ).toBeNull();
  });

  it("refuses a verdict change note when no verdict changed", () => {
    expect(
      refusal(() =>
        assertCorrectionFits({ republishing: true, correction: { kind: "verdict_change", note }, cosmetic: false, verdictChanges: [] }),
      ),
    ).toMatchObject({ code: "invalid", fields: { correction: [expect.stringContaining("No published verdict changes")] } });
  });
});
