// The brief page's <script type="application/ld+json">, at the site's public origin.
import { siteOrigin } from "@/lib/env";
import { buildNewsArticle, serializeJsonLd, type NewsArticleInput } from "./build-news-article";
import { SITE_NAME } from "./site";

export function briefJsonLd({ brief, slug }: Pick<NewsArticleInput, "brief" | "slug">): string {
  return serializeJsonLd(buildNewsArticle({ brief, slug, origin: siteOrigin(), siteName: SITE_NAME }));
}
