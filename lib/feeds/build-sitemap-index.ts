// A sitemap index (sitemaps.org protocol): the list of sitemap files, for when the
// URLs outgrow one file (50,000 URLs or 50 MB each).
import { XMLBuilder } from "fast-xml-parser";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export function buildSitemapIndex({ origin, paths }: { origin: string; paths: string[] }): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true });
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    sitemapindex: { "@_xmlns": SITEMAP_NS, sitemap: paths.map((path) => ({ loc: new URL(path, origin).toString() })) },
  });
}
