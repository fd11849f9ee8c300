// The topics a reader can narrow a search to: those at least one brief readers can see
// is filed under, as its latest visible publication says (its generated "topicSlugs",
// through their GIN index). One EXISTS per topic, which stops at the first brief found,
// so the cost follows the number of topics rather than the number of briefs.
import { db } from "@/lib/db/client";
import { latestVisiblePublication } from "@/lib/publishing/visible-publication";

export type SearchTopic = { slug: string; name: string };

export async function listSearchTopics(now = new Date()): Promise<SearchTopic[]> {
  return db().$queryRaw<SearchTopic[]>`
    SELECT t.slug, t.name
    FROM "Topic" t
    WHERE EXISTS (
      SELECT 1
      FROM "Publication" p
      JOIN "Brief" b ON b.id = p."briefId"
      WHERE p."topicSlugs" @> jsonb_build_array(t.slug) AND ${latestVisiblePublication(now)}
    )
    ORDER BY t.name, t.slug`;
}
