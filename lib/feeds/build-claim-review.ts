// schema.org ClaimReview for each claim a brief checks, as fact-check search features
// read it: the claim's words (claimReviewed), the Claim with who made it, when and
// where it appeared (itemReviewed), and the verdict (reviewRating: its value on the
// desk's scale, the scale's best and worst values, and its name as alternateName).
// In conclusion-only mode a claim has no rating: alternateName carries the conclusion.
// Pure: the page passes the publication and the site's origin.
import type { ClaimReview, CreativeWork, Organization, Person, Rating, WithContext } from "schema-dts";
import { claimsOf, type SnapshotClaim, type SnapshotDocument } from "@/lib/revisions/snapshot";
import type { NewsArticleInput } from "./build-news-article";

const MAX_ALTERNATE_NAME = 150;

export function buildClaimReviews({ brief, slug, origin, siteName }: NewsArticleInput): WithContext<ClaimReview>[] {
  const url = new URL(`/briefs/${slug}`, origin).toString();
  const publisher: Organization = { "@type": "Organization", name: siteName, url: new URL("/", origin).toString() };
  const documents = new Map(brief.snapshot.documents.map((d) => [d.id, d]));
  return claimsOf(brief.snapshot).map((claim) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${url}#claim-${claim.ref}`,
    claimReviewed: claim.text,
    datePublished: brief.firstPublishedAt.toISOString(),
    dateModified: brief.publishedAt.toISOString(),
    author: publisher,
    publisher,
    inLanguage: "en",
    itemReviewed: {
      "@type": "Claim",
      author: claimantOf(claim),
      ...(claim.appearedOn && { datePublished: claim.appearedOn }),
      ...appearanceOf(claim, claim.documentId ? documents.get(claim.documentId) : undefined),
    },
    reviewRating: ratingOf(claim),
  }));
}

function claimantOf(claim: SnapshotClaim): Person | Organization {
  const source = claim.speakerSource;
  const type = source && source.kind !== "person" ? "Organization" : "Person";
  return { "@type": type, name: claim.speakerName, ...(source?.homepageUrl && { sameAs: source.homepageUrl }) };
}

function appearanceOf(
  claim: SnapshotClaim,
  document: SnapshotDocument | undefined,
): { appearance?: CreativeWork; firstAppearance?: CreativeWork } {
  const work: CreativeWork | null = document
    ? {
        "@type": "CreativeWork",
        name: document.title,
        ...(document.url && { url: document.url }),
        ...(document.publishedOn && { datePublished: document.publishedOn }),
        publisher: { "@type": document.source.kind === "person" ? "Person" : "Organization", name: document.source.name },
      }
    : claim.appearanceUrl
      ? { "@type": "CreativeWork", url: claim.appearanceUrl, ...(claim.appearedOn && { datePublished: claim.appearedOn }) }
      : null;
  return work ? { appearance: work, firstAppearance: work } : {};
}

function ratingOf(claim: SnapshotClaim): Rating {
  const { verdict } = claim;
  if (!verdict) {
    const text =
      claim.conclusion.length > MAX_ALTERNATE_NAME ? `${claim.conclusion.slice(0, MAX_ALTERNATE_NAME - 1).trimEnd()}…` : claim.conclusion;
    return { "@type": "Rating", alternateName: text, ratingExplanation: claim.conclusion };
  }
  return {
    "@type": "Rating",
    ratingValue: verdict.value,
    bestRating: verdict.best,
    worstRating: verdict.worst,
    alternateName: verdict.name,
    description: verdict.definition,
    ratingExplanation: claim.conclusion,
  };
}
