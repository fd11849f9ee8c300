import { getTopicFeed } from "@/lib/feeds/get-atom-feed";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await getTopicFeed((await params).slug);
  if (feed === null) return new Response("No such topic.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
