import { describe, expect, it } from "vitest";
import { buildNewsArticle, serializeJsonLd } from "./build-news-article";
import { publishedBriefFixture } from "./published-brief.fixture";

const origin = "https://briefs.example.org";
const url = "https://briefs.example.org/briefs/ukraine-cuts-ties";
const isIsoInstant = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));

/** The structured data as a page carries it: serialised, then read back. */
function article(brief = publishedBriefFixture()): Record<string, unknown> {
  return JSON.parse(serializeJsonLd(buildNewsArticle({ brief, slug: "ukraine-cuts-ties", origin, siteName: "Briefdesk" })));
}

describe("buildNewsArticle", () => {
  it("has every field search engines require or recommend for a NewsArticle", () => {
    const data = article();
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Ukraine cuts ties with North Korea",
      description: "Kyiv ended relations after Pyongyang recognised the proxy republics.",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      author: [{ "@type": "Person", name: "Lena Okafor" }],
      publisher: { "@type": "Organization", name: "Briefdesk", url: "https://briefs.example.org/" },
      inLanguage: "en",
      keywords: ["Ukraine", "North Korea"],
      creativeWorkStatus: "Published",
    });
  });

  it("dates the first publication as published and the latest as modified, in ISO 8601", () => {
    const data = article();
    expect(isIsoInstant(data.datePublished)).toBe(true);
    expect(isIsoInstant(data.dateModified)).toBe(true);
    expect(data.datePublished).toBe("2026-11-18T08:30:00.000Z");
    expect(data.dateModified).toBe("2026-11-20T10:00:00.000Z");
  });

  it("cites every document with its publisher, and lists the corrections", () => {
    const data = article();
    expect(data.citation).toEqual([
      {
        "@type": "CreativeWork",
        name: "Ukraine Cuts Off North Korean Relationship",
        url: "https://www.ukrinform.net/rubric-polytics/3532",
        author: { "@type": "Person", name: "Staff" },
        datePublished: "2022-07-13",
        inLanguage: "en",
        publisher: { "@type": "Organization", name: "Ukrinform", url: "https://www.ukrinform.net" },
      },
      {
        "@type": "CreativeWork",
        name: "Statement by the spokesman",
        inLanguage: "ko",
        publisher: { "@type": "Person", name: "Kim Jong-Un" },
      },
    ]);
    expect(data.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "correction: The date of the statement was 13 July, not 12 July.",
        datePublished: "2026-11-20T10:00:00.000Z",
      },
    ]);
  });

  it("names the desk as author when a brief has none, and marks a withdrawn brief", () => {
    const brief = publishedBriefFixture({ authors: [] }, { withdrawn: { reason: "Source retracted", at: new Date() }, corrections: [] });
    const data = article(brief);
    expect(data).toMatchObject({ author: { "@type": "Organization", name: "Briefdesk" }, creativeWorkStatus: "Withdrawn" });
    expect(data).not.toHaveProperty("correction");
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment, and still parses to the same data", () => {
    const data = buildNewsArticle({
      brief: publishedBriefFixture({ title: "Evil </script><script>alert(1)</script> <!-- title" }),
      slug: "evil",
      origin,
      siteName: "Briefdesk",
    });
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).toContain("\\u003c/script>");
    expect(JSON.parse(json)).toEqual(data);
  });
});
