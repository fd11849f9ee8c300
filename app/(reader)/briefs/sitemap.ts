import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { env } from "@/lib/env";
import { getSitemap, listSitemapIds } from "@/lib/feeds/get-sitemap";

export const revalidate = 10;

/** /briefs/sitemap/0.xml, /briefs/sitemap/1.xml, …: 50,000 URLs at most each; /sitemap.xml lists them. */
export async function generateSitemaps() {
  // Builds have no database: every file is made on its first request, then cached.
  if (env().NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [];
  return (await listSitemapIds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return getSitemap(Number(await id));
}
