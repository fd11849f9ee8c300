import { describe, expect, it } from "vitest";
import { changedFields } from "./guards";
import { createSourceSchema } from "./schemas";

describe("a source's domains", () => {
  const base = { name: "The Coastal Ledger", kind: "outlet" };
  it("are tidied from what the admin typed, one per line or comma", () => {
    expect(
      createSourceSchema.parse({ ...base, domains: "https://www.Ledger.example/news\nnews.ledger.example, ledger.example" }).domains,
    ).toEqual(["ledger.example", "news.ledger.example"]);
    expect(createSourceSchema.parse({ ...base, domains: "" }).domains).toEqual([]);
  });
  it("refuse a bare public suffix, next to the field", () => {
    const parsed = createSourceSchema.safeParse({ ...base, domains: "co.uk" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["domains", expect.stringMatching(/^Not a domain a site can have: co\.uk/)],
    ]);
  });
  it("count as changed only when the list changed", () => {
    expect(changedFields({ domains: ["a.example"] }, { domains: ["a.example"] })).toEqual([]);
    expect(changedFields({ domains: ["a.example"] }, { domains: ["b.example"] })).toEqual(["domains"]);
  });
});
