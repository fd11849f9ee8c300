import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, type AtomFeedInput } from "./build-atom-feed";
import type { FeedEntry } from "./list-feed-entries";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

/** Atom text of type="html" is escaped HTML: what a feed reader shows is the unescaped text. */
const htmlText = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);

function entry(overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    briefId: "cbrief1",
    slug: "ukraine-cuts-ties",
    title: "Ukraine cuts ties with North Korea",
    summary: "Kyiv ended relations after Pyongyang recognised the proxy republics.",
    authors: [{ name: "Lena Okafor" }, { name: "Sam Ito" }],
    topics: [{ slug: "ukraine", name: "Ukraine" }],
    publishedAt: new Date("2026-11-20T10:00:00Z"),
    firstPublishedAt: new Date("2026-11-18T08:30:00Z"),
    ...overrides,
  };
}

function build(overrides: Partial<AtomFeedInput> = {}) {
  const xml = buildAtomFeed({
    origin: "https://briefs.example.org",
    siteName: "Briefdesk",
    title: "Briefdesk",
    subtitle: "Fact-checked briefs.",
    feedPath: "/feed.xml",
    pagePath: "/",
    entries: [entry()],
    now: new Date("2026-11-29T00:00:00Z"),
    ...overrides,
  });
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, feed: parser.parse(xml).feed };
}

describe("buildAtomFeed", () => {
  it("is an Atom document with the feed's required elements and its own address", () => {
    const { feed } = build();
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("https://briefs.example.org/feed.xml");
    expect(feed.title).toBe("Briefdesk");
    expect(feed.subtitle).toBe("Fact-checked briefs.");
    expect(feed.author).toEqual([{ name: "Briefdesk", uri: "https://briefs.example.org/" }]);
    expect(feed.link).toEqual(
      expect.arrayContaining([
        { rel: "self", href: "https://briefs.example.org/feed.xml" },
        { rel: "alternate", href: "https://briefs.example.org/" },
      ]),
    );
  });

  it("writes one entry per brief: stable id, link, updated at the latest and published at the first publication, summary and authors", () => {
    const { feed } = build();
    const [only] = feed.entry;
    expect(only.id).toBe("tag:briefs.example.org,2026-11-18:brief/cbrief1");
    expect(htmlText(only.title["#text"])).toBe("Ukraine cuts ties with North Korea");
    expect(only.link).toEqual([{ href: "https://briefs.example.org/briefs/ukraine-cuts-ties" }]);
    expect(only.updated).toBe("2026-11-20T10:00:00.000Z");
    expect(only.published).toBe("2026-11-18T08:30:00.000Z");
    expect(htmlText(only.summary["#text"])).toBe("Kyiv ended relations after Pyongyang recognised the proxy republics.");
    expect(only.author.map((a: { name: string }) => a.name)).toEqual(["Lena Okafor", "Sam Ito"]);
    expect(only.category).toEqual([{ term: "ukraine", scheme: "https://briefs.example.org/topics/" }]);
  });

  it("is updated when its newest entry was, whatever the order given", () => {
    const older = entry({ briefId: "b-old", publishedAt: new Date("2026-11-01T00:00:00Z") });
    const newer = entry({ briefId: "b-new", publishedAt: new Date("2026-11-25T12:00:00Z") });
    expect(build({ entries: [older, newer] }).feed.updated).toBe("2026-11-25T12:00:00.000Z");
    expect(build({ entries: [] }).feed.updated).toBe("2026-11-29T00:00:00.000Z");
  });

  it("keeps markup, ampersands and CDATA terminators in titles as text, and the document well-formed", () => {
    const title = `Why "</script>" & 'x < y' ]]> and ]]> again`;
    const summary = "A <b>bold</b> claim & a ]]> terminator";
    const { feed } = build({ entries: [entry({ title, summary, authors: [{ name: "O'Brien & <Sons>" }] })], title: "Briefs & <more>" });
    expect(feed.title).toBe("Briefs & <more>");
    expect(htmlText(feed.entry[0].title["#text"])).toBe(title);
    expect(htmlText(feed.entry[0].summary["#text"])).toBe(summary);
    expect(feed.entry[0].author[0].name).toBe("O'Brien & <Sons>");
  });
});
