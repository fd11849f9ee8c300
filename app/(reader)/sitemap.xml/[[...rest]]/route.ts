// /sitemap.xml: the index of the sitemap files that app/(reader)/briefs/sitemap.ts
// serves. An optional catch-all so that it is not prerendered at build time (there is
// no database then): made on its first request, then cached.
import { getSitemapIndex } from "@/lib/feeds/get-sitemap";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest) return new Response("Not found", { status: 404 });
  return new Response(await getSitemapIndex(), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
