// The reader site's sitemap: the home page, then every visible brief page, cut into
// files of at most 50,000 URLs (the protocol's limit), served at
// /briefs/sitemap/<id>.xml; /sitemap.xml is the index of those files.
import { siteOrigin } from "@/lib/env";
import { buildSitemapIndex } from "./build-sitemap-index";
import { listSitemapBriefs, summariseSitemapBriefs } from "./list-sitemap-briefs";

export const SITEMAP_MAX_URLS = 50_000;

export type SitemapUrl = { url: string; lastModified?: Date };

export const sitemapPath = (id: number) => `/briefs/sitemap/${id}.xml`;

export async function listSitemapIds(now = new Date()): Promise<number[]> {
  const { count } = await summariseSitemapBriefs(now);
  return Array.from({ length: Math.ceil((1 + count) / SITEMAP_MAX_URLS) }, (_, id) => id);
}

/** URLs id × 50,000 up to the next 50,000 of [home, brief, brief, …]. */
export async function getSitemap(id: number, now = new Date()): Promise<SitemapUrl[]> {
  const origin = siteOrigin();
  const first = id * SITEMAP_MAX_URLS;
  const briefs = await listSitemapBriefs({ offset: Math.max(0, first - 1), limit: first === 0 ? SITEMAP_MAX_URLS - 1 : SITEMAP_MAX_URLS, now });
  const urls = briefs.map((b) => ({ url: new URL(`/briefs/${b.slug}`, origin).toString(), lastModified: b.lastModified }));
  if (id > 0) return urls;
  const { lastModified } = await summariseSitemapBriefs(now);
  return [{ url: new URL("/", origin).toString(), ...(lastModified && { lastModified }) }, ...urls];
}

export async function getSitemapIndex(now = new Date()): Promise<string> {
  const ids = await listSitemapIds(now);
  return buildSitemapIndex({ origin: siteOrigin(), paths: ids.map(sitemapPath) });
}
