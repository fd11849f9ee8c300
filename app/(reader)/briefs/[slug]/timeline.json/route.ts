// A brief's timeline as TimelineJS3 JSON, cached like its page.
import { getTimelineJson } from "@/lib/publishing/get-timeline-json";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const timeline = await getTimelineJson((await params).slug);
  if (!timeline) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(timeline, {
    headers: { "Content-Disposition": `inline; filename="timeline.json"` },
  });
}
