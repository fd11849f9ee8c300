// The <head> of a brief page for machines: canonical URL, link previews (OpenGraph,
// Twitter card) and the feed to subscribe to. Paths are relative: the root layout's
// metadataBase (the site's public origin) makes them absolute.
import type { Metadata } from "next";
import type { PublishedBrief } from "@/lib/publishing/get-published-brief";
import { SITE_FEED, SITE_NAME } from "./site";

export function buildBriefMetadata({
  brief,
  slug,
}: {
  brief: Pick<PublishedBrief, "snapshot" | "publishedAt" | "firstPublishedAt">;
  slug: string;
}): Metadata {
  const path = `/briefs/${slug}`;
  const { title, summary, authors, topics } = brief.snapshot;
  return {
    title,
    description: summary,
    alternates: { canonical: path, types: SITE_FEED },
    openGraph: {
      type: "article",
      url: path,
      siteName: SITE_NAME,
      title,
      description: summary,
      publishedTime: brief.firstPublishedAt.toISOString(),
      modifiedTime: brief.publishedAt.toISOString(),
      authors: authors.map((a) => a.name),
      tags: topics.map((t) => t.name),
    },
    twitter: { card: "summary", title, description: summary },
  };
}
