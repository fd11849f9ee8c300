import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("makes readable ASCII slugs from titles", () => {
    expect(slugify("Ukraine cuts ties with North Korea")).toBe("ukraine-cuts-ties-with-north-korea");
    expect(slugify("Kyiv’s réponse: “strongly condemns” — 2022!")).toBe("kyivs-reponse-strongly-condemns-2022");
  });

  it("cuts long titles on a word edge and never returns an empty slug", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugify("“—”")).toBe("brief");
    expect(SLUG_PATTERN.test(slugify("Über  Straße"))).toBe(true);
  });
});
