// The brief page's <script type="application/ld+json">, at the site's public origin:
// the brief's NewsArticle, and with it one ClaimReview per claim the brief checks
// (then the script holds an array of the objects, each with its @context).
import { siteOrigin } from "@/lib/env";
import { buildClaimReviews } from "./build-claim-review";
import { buildNewsArticle, serializeJsonLd, type NewsArticleInput } from "./build-news-article";
import { SITE_NAME } from "./site";

export function briefJsonLdData({ brief, slug, origin }: Pick<NewsArticleInput, "brief" | "slug" | "origin">): object {
  const input = { brief, slug, origin, siteName: SITE_NAME };
  const article = buildNewsArticle(input);
  const reviews = buildClaimReviews(input);
  return reviews.length > 0 ? [article, ...reviews] : article;
}

export function briefJsonLd({ brief, slug }: Pick<NewsArticleInput, "brief" | "slug">): string {
  return serializeJsonLd(briefJsonLdData({ brief, slug, origin: siteOrigin() }));
}
