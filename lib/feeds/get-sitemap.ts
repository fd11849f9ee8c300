// The reader site's sitemap: the home page, then every visible brief page, cut into
// files of at most 50,000 URLs (the protocol's limit), served at
// /briefs/sitemap/<id>.xml; /sitemap.xml is the index of those files.
import { siteOrigin } from "@/lib/env";
import { buildSitemapIndex } from "./build-sitemap-index";
import { listSitemapBriefs, summariseSitemapBriefs } from "./list-sitemap-briefs";

export const SITEMAP_MAX_URLS = 50_000;

export type SitemapUrl = { url: string; lastModified?: Date };
type Options = { now?: Date; perFile?: number };

export const sitemapPath = (id: number) => `/briefs/sitemap/${id}.xml`;

export async function listSitemapIds({ now = new Date(), perFile = SITEMAP_MAX_URLS }: Options = {}): Promise<number[]> {
  const { count } = await summariseSitemapBriefs(now);
  return Array.from({ length: Math.ceil((1 + count) / perFile) }, (_, id) => id);
}

/** File `id`: URLs id × perFile up to the next perFile of [home, brief, brief, …]. */
export async function getSitemap(id: number, { now = new Date(), perFile = SITEMAP_MAX_URLS }: Options = {}): Promise<SitemapUrl[]> {
  const origin = siteOrigin();
  const first = id * perFile;
  const briefs = await listSitemapBriefs({ offset: Math.max(0, first - 1), limit: first === 0 ? perFile - 1 : perFile, now });
  const urls = briefs.map((b) => ({ url: new URL(`/briefs/${b.slug}`, origin).toString(), lastModified: b.lastModified }));
  if (id > 0) return urls;
  const { lastModified } = await summariseSitemapBriefs(now);
  return [{ url: new URL("/", origin).toString(), ...(lastModified && { lastModified }) }, ...urls];
}

export async function getSitemapIndex(options: Options = {}): Promise<string> {
  const ids = await listSitemapIds(options);
  return buildSitemapIndex({ origin: siteOrigin(), paths: ids.map(sitemapPath) });
}
