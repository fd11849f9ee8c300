// The topics a reader can narrow a search to: those of at least one brief readers can
// see now, as its current publication lists them (a topic only a draft, a scheduled
// publication or a withdrawn brief carries is not shown). One EXISTS per topic, which
// stops at the first brief found, so the cost follows the number of topics.
import { db } from "@/lib/db/client";

export type SearchTopic = { slug: string; name: string };

export async function listSearchTopics(now = new Date()): Promise<SearchTopic[]> {
  return db().$queryRaw<SearchTopic[]>`
    SELECT t.slug, t.name
    FROM "Topic" t
    WHERE EXISTS (
      SELECT 1
      FROM "BriefTopic" bt
      JOIN "Brief" b ON b.id = bt."briefId" AND b."withdrawnAt" IS NULL
      JOIN "Publication" p ON p.id = b."currentPublicationId" AND p."publishedAt" <= ${now}
      WHERE bt."topicId" = t.id
        AND p.snapshot -> 'topics' @> jsonb_build_array(jsonb_build_object('slug', t.slug))
    )
    ORDER BY t.name, t.slug`;
}
