import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildSitemapIndex } from "./build-sitemap-index";

describe("buildSitemapIndex", () => {
  it("lists every sitemap file at its absolute address", () => {
    const xml = buildSitemapIndex({ origin: "https://briefs.example.org", paths: ["/briefs/sitemap/0.xml", "/briefs/sitemap/1.xml"] });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { sitemapindex } = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      isArray: (name) => name === "sitemap",
    }).parse(xml);
    expect(sitemapindex.xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(sitemapindex.sitemap).toEqual([
      { loc: "https://briefs.example.org/briefs/sitemap/0.xml" },
      { loc: "https://briefs.example.org/briefs/sitemap/1.xml" },
    ]);
  });
});
