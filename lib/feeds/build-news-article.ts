// schema.org structured data for a brief page: a NewsArticle with the brief's
// headline and summary, first and latest publication dates, authors and publisher,
// the documents it cites, and its corrections. Pure: the page passes the publication
// and the site's origin.
import type { CorrectionComment, CreativeWork, NewsArticle, Organization, Person, WithContext } from "schema-dts";
import type { PublishedBrief } from "@/lib/publishing/get-published-brief";
import type { SnapshotDocument } from "@/lib/revisions/snapshot";

export type NewsArticleInput = {
  brief: Pick<PublishedBrief, "snapshot" | "publishedAt" | "firstPublishedAt" | "corrections" | "withdrawn">;
  /** the brief's reader URL is /briefs/<slug> */
  slug: string;
  origin: string;
  siteName: string;
};

export function buildNewsArticle({ brief, slug, origin, siteName }: NewsArticleInput): WithContext<NewsArticle> {
  const url = new URL(`/briefs/${slug}`, origin).toString();
  const { snapshot } = brief;
  const publisher: Organization = { "@type": "Organization", name: siteName, url: new URL("/", origin).toString() };
  const authors: Person[] = snapshot.authors.map((a) => ({ "@type": "Person", name: a.name }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: snapshot.title,
    description: snapshot.summary,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: brief.firstPublishedAt.toISOString(),
    dateModified: brief.publishedAt.toISOString(),
    author: authors.length > 0 ? authors : publisher,
    publisher,
    inLanguage: "en",
    isAccessibleForFree: true,
    creativeWorkStatus: brief.withdrawn ? "Withdrawn" : "Published",
    ...(snapshot.topics.length > 0 && { keywords: snapshot.topics.map((t) => t.name) }),
    citation: snapshot.documents.map(citationOf),
    ...(brief.corrections.length > 0 && { correction: brief.corrections.map(correctionOf) }),
  };
}

function citationOf(document: SnapshotDocument): CreativeWork {
  const { source } = document;
  return {
    "@type": "CreativeWork",
    name: document.title,
    ...(document.url && { url: document.url }),
    ...(document.author && { author: { "@type": "Person", name: document.author } }),
    ...(document.publishedOn && { datePublished: document.publishedOn }),
    inLanguage: document.language,
    publisher: {
      "@type": source.kind === "person" ? "Person" : "Organization",
      name: source.name,
      ...(source.homepageUrl && { url: source.homepageUrl }),
    },
  };
}

function correctionOf(correction: PublishedBrief["corrections"][number]): CorrectionComment {
  return {
    "@type": "CorrectionComment",
    text: `${correction.kind.replace("_", " ")}: ${correction.note}`,
    datePublished: correction.createdAt.toISOString(),
  };
}

/**
 * The JSON for a <script type="application/ld+json">: "<" is written as \u003c, so no
 * title or note can close the script element or open a comment in the HTML.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
