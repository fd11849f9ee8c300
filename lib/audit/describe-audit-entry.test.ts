import { describe, expect, it } from "vitest";
import { describeAction, describeDetails, describeEntity, idsIn, words } from "./describe-audit-entry";

const names = new Map([
  ["cm0reviewaaaaaaaaaaaaaaaaa", "review of revision 3"],
  ["cm0briefaaaaaaaaaaaaaaaaaa", "Kyiv condemns the recognition"],
  ["cm0useraaaaaaaaaaaaaaaaaaa", "Lena Okafor"],
]);

describe("an audit entry in words", () => {
  it("names the action, and falls back to the words of an unknown one", () => {
    expect(describeAction("brief.request_changes")).toBe("requested changes on");
    expect(describeAction("brief.something_new")).toBe("brief something new");
  });

  it("names the entity, or says it no longer exists, never its id", () => {
    expect(describeEntity("brief", "cm0briefaaaaaaaaaaaaaaaaaa", names)).toBe("brief “Kyiv condemns the recognition”");
    expect(describeEntity("user", "cm0goneaaaaaaaaaaaaaaaaaaa", names)).toBe("a user that no longer exists");
  });

  it("gives the details with ids as names, hashes shortened and flags as yes or no", () => {
    const details = describeDetails(
      {
        reviewId: "cm0reviewaaaaaaaaaaaaaaaaa",
        contentHash: "a".repeat(64),
        selfApproved: false,
        voidedReviews: ["cm0reviewaaaaaaaaaaaaaaaaa"],
        to: { role: "admin" },
      },
      names,
    );
    expect(details).toEqual([
      { label: "review", value: "review of revision 3" },
      { label: "content hash", value: "aaaaaaaaaaaa…" },
      { label: "self approved", value: "no" },
      { label: "voided reviews", value: "review of revision 3" },
      { label: "to", value: "role admin" },
    ]);
    expect(describeDetails({ nested: { deeper: { list: [1, 2] } } }, names)).toEqual([{ label: "nested", value: "deeper list 1, 2" }]);
  });

  it("finds the ids to look up, and bounds the work on large data", () => {
    expect([...idsIn({ a: "cm0useraaaaaaaaaaaaaaaaaaa", b: ["cm0briefaaaaaaaaaaaaaaaaaa", "plain words"] })]).toEqual([
      "cm0useraaaaaaaaaaaaaaaaaaa",
      "cm0briefaaaaaaaaaaaaaaaaaa",
    ]);
    expect(idsIn({ list: Array.from({ length: 500 }, (_, i) => `c${String(i).padStart(24, "0")}`) }).size).toBe(50);
    expect(words("documentIds")).toBe("documents");
  });
});
