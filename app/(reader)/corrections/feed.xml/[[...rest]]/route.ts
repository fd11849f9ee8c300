// /corrections/feed.xml, as an optional catch-all so that it is not prerendered at
// build time (there is no database then): made on its first request, then cached.
import { getCorrectionsFeed } from "@/lib/feeds/get-corrections-feed";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest) return new Response("Not found", { status: 404 });
  return new Response(await getCorrectionsFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
