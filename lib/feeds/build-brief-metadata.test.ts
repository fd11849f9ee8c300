import { describe, expect, it } from "vitest";
import { buildBriefMetadata } from "./build-brief-metadata";
import { publishedBriefFixture } from "./published-brief.fixture";

describe("buildBriefMetadata", () => {
  const metadata = buildBriefMetadata({ brief: publishedBriefFixture(), slug: "ukraine-cuts-ties" });

  it("names the brief's own URL as canonical and offers the site's feed", () => {
    expect(metadata.alternates).toEqual({
      canonical: "/briefs/ukraine-cuts-ties",
      types: { "application/atom+xml": [{ url: "/feed.xml", title: "Briefdesk" }] },
    });
  });

  it("describes the brief to link previews as an article with its dates, authors and topics", () => {
    expect(metadata).toMatchObject({
      title: "Ukraine cuts ties with North Korea",
      description: "Kyiv ended relations after Pyongyang recognised the proxy republics.",
    });
    expect(metadata.openGraph).toEqual({
      type: "article",
      url: "/briefs/ukraine-cuts-ties",
      siteName: "Briefdesk",
      title: "Ukraine cuts ties with North Korea",
      description: "Kyiv ended relations after Pyongyang recognised the proxy republics.",
      publishedTime: "2026-11-18T08:30:00.000Z",
      modifiedTime: "2026-11-20T10:00:00.000Z",
      authors: ["Lena Okafor"],
      tags: ["Ukraine", "North Korea"],
    });
    expect(metadata.twitter).toEqual({
      card: "summary",
      title: "Ukraine cuts ties with North Korea",
      description: "Kyiv ended relations after Pyongyang recognised the proxy republics.",
    });
  });
});
