import { describe, expect, it } from "vitest";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify, withSuffix } from "./slug";

describe("slugify", () => {
  it("makes lowercase ASCII words joined by hyphens", () => {
    expect(slugify("Ministry of Foreign Affairs of Ukraine", "source")).toBe("ministry-of-foreign-affairs-of-ukraine");
    expect(slugify("  Agence France-Presse (AFP) ", "source")).toBe("agence-france-presse-afp");
    expect(slugify("Reuters — World News!!", "source")).toBe("reuters-world-news");
  });

  it("folds accents and letters without a decomposition", () => {
    expect(slugify("Le Monde diplomatique: Éditions", "source")).toBe("le-monde-diplomatique-editions");
    expect(slugify("Gazeta Wyborcza Łódź", "source")).toBe("gazeta-wyborcza-lodz");
    expect(slugify("Süddeutsche Straße", "source")).toBe("suddeutsche-strasse");
    expect(slugify("Dagens Næringsliv, Øst", "source")).toBe("dagens-naeringsliv-ost");
  });

  it("drops apostrophes and spells out ampersands", () => {
    expect(slugify("People’s Daily", "source")).toBe("peoples-daily");
    expect(slugify("Doctors' Union", "source")).toBe("doctors-union");
    expect(slugify("AT&T Press Office", "source")).toBe("at-and-t-press-office");
  });

  it("cuts long names on a word edge and never returns an empty or invalid slug", () => {
    const slug = slugify("agency ".repeat(30), "source");
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugify("x".repeat(120), "source")).toHaveLength(SLUG_MAX_LENGTH);
    expect(slugify("新华社", "source")).toBe("source");
    expect(slugify("“—”", "source")).toBe("source");
    for (const name of ["Über  Straße", "  -- a -- b --", "1 2 3", "ÆØÅ"]) {
      expect(SLUG_PATTERN.test(slugify(name, "source"))).toBe(true);
    }
  });
});

describe("withSuffix", () => {
  it("keeps a free slug and numbers a taken one from 2", () => {
    expect(withSuffix("reuters", [])).toBe("reuters");
    expect(withSuffix("reuters", ["reuters-news"])).toBe("reuters");
    expect(withSuffix("reuters", ["reuters"])).toBe("reuters-2");
    expect(withSuffix("reuters", ["reuters", "reuters-2", "reuters-3"])).toBe("reuters-4");
    expect(withSuffix("reuters", ["reuters", "reuters-3"])).toBe("reuters-2");
  });
});

describe("slugify for brief titles", () => {
  it("makes readable ASCII slugs from titles", () => {
    expect(slugify("Ukraine cuts ties with North Korea")).toBe("ukraine-cuts-ties-with-north-korea");
    expect(slugify("Kyiv’s réponse: “strongly condemns” — 2022!")).toBe("kyivs-reponse-strongly-condemns-2022");
  });

  it("cuts long titles on a word edge and never returns an empty slug", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugify("“—”", "brief")).toBe("brief");
    expect(SLUG_PATTERN.test(slugify("Über  Straße"))).toBe(true);
  });
});
