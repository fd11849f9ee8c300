// /briefs/<slug>/timeline.json: the timeline of the publication readers see, in
// TimelineJS's format; null when readers cannot see the brief.
import { siteOrigin } from "@/lib/env";
import { getPublishedBrief } from "./get-published-brief";
import { toTimelineJson, type TimelineJson } from "./timeline-export";

export async function getTimelineJson(slug: string, now = new Date()): Promise<TimelineJson | null> {
  const brief = await getPublishedBrief(slug, now);
  if (!brief) return null;
  return toTimelineJson(brief.snapshot, { origin: siteOrigin(), slug });
}
