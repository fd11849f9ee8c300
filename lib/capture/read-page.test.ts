import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bigArticlePage } from "./fixture-server";
import { isoDay, languageCode, readPage } from "./read-page";

const fixture = (name: string) => readFileSync(`lib/capture/fixtures/${name}`, "utf8");

describe("readPage", () => {
  it("reads a news article's main text and its JSON-LD metadata", () => {
    const page = readPage(fixture("news-article.html"), "text/html", "https://ledger.example/news/x?utm=1");
    expect(page).toMatchObject({
      title: "Harbour authority confirms dredging delay",
      author: "Mira Okafor, Tom Reyes",
      publishedOn: "2026-03-14",
      language: "en-GB",
      canonicalUrl: "https://ledger.example/news/2026/harbour-dredging-delay",
      siteName: "The Coastal Ledger",
    });
    expect(page.text).toContain(
      '"We will not put a single dredger in the water until the environmental survey is complete," the authority\'s director',
    );
    // page furniture is left out, and paragraphs stay paragraphs
    expect(page.text).not.toMatch(/Most read|Ferry timetable|Sport/);
    expect(page.text).toMatch(/winter plan\.\n\n"We will not/);
  });

  it("falls back to OpenGraph when the page has no JSON-LD", () => {
    const page = readPage(fixture("opengraph-only.html"), "text/html", "https://ministry.example/s");
    expect(page).toMatchObject({
      title: "Statement on the regional water supply",
      author: null,
      publishedOn: "2026-02-01",
      language: "pt-BR",
      canonicalUrl: "https://ministry.example/statements/water-supply",
      siteName: "Ministry of Water Resources",
    });
    expect(page.text).toContain("approved emergency funding for the regional water supply");
  });

  it("takes a plain text page as it is", () => {
    expect(readPage("  Press notice.\n", "text/plain", "https://x.example/a.txt")).toMatchObject({ text: "Press notice.", title: null });
  });

  it("reads a 200 KB page", () => {
    const page = readPage(bigArticlePage(), "text/html", "https://ledger.example/long");
    expect(page.title).toBe("A long article");
    expect(page.text.length).toBeGreaterThan(100_000);
    expect(page.text).not.toContain("Related story number");
  });

  it("ignores JSON-LD it cannot parse and metadata it cannot use", () => {
    const html = `<html lang="not a language"><head><script type="application/ld+json">{broken</script>
      <meta property="article:published_time" content="2026-02-31"><meta name="author" content="https://x.example/me"><title>T</title></head><body><p>Body text.</p></body></html>`;
    expect(readPage(html, "text/html", "https://x.example/")).toMatchObject({
      title: "T",
      author: null,
      publishedOn: null,
      language: null,
    });
  });
});

describe("metadata helpers", () => {
  it("keeps the day the page wrote, whatever its time zone", () => {
    expect(isoDay("2026-03-14T23:30:00-05:00")).toBe("2026-03-14");
    expect(isoDay("14 March 2026")).toBeNull();
  });
  it("turns locales into language codes", () => {
    expect(languageCode("en_GB")).toBe("en-GB");
    expect(languageCode("PT-br")).toBe("pt-BR");
    expect(languageCode("<script>")).toBeNull();
  });
});
