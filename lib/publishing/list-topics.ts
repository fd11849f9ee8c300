// The reader's topics index: every topic at least one visible brief is filed under,
// as its latest publication says (the snapshot's topics, through the generated
// "topicSlugs" column), with how many briefs. Topics only a draft uses stay unseen.
import { db } from "@/lib/db/client";
import { latestVisiblePublication } from "./visible-publication";

export type ReaderTopic = { slug: string; name: string; briefCount: number };

export async function listTopics({ now = new Date() }: { now?: Date } = {}): Promise<ReaderTopic[]> {
  return db().$queryRaw<ReaderTopic[]>`
    SELECT t.slug, t.name, count(*)::int AS "briefCount"
    FROM "Publication" p
    JOIN "Brief" b ON b.id = p."briefId"
    CROSS JOIN LATERAL jsonb_array_elements_text(p."topicSlugs") AS filed(slug)
    JOIN "Topic" t ON t.slug = filed.slug
    WHERE ${latestVisiblePublication(now)}
    GROUP BY t.slug, t.name
    ORDER BY t.name, t.slug`;
}
