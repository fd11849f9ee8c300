// What the Atom feeds hold: the briefs readers can see, most recently (re)published
// first, each as its latest publication whose time has come, with the time of its
// first publication. A correction moves a brief up with a later "updated"; a
// scheduled publication is not in a feed before its time; a withdrawn brief leaves.
// Topics are the publication's (its snapshot), not the working brief's, which may
// already hold a next version's topics.
import { db, Prisma } from "@/lib/db/client";
import { latestVisiblePublication } from "@/lib/publishing/visible-publication";

export type FeedEntry = {
  briefId: string;
  slug: string;
  title: string;
  summary: string;
  authors: { name: string }[];
  topics: { slug: string; name: string }[];
  /** the latest visible publication */
  publishedAt: Date;
  /** the first publication */
  firstPublishedAt: Date;
};

export const FEED_SIZE = 50;

export async function listFeedEntries({
  topicSlug,
  take = FEED_SIZE,
  now = new Date(),
}: { topicSlug?: string; take?: number; now?: Date } = {}): Promise<FeedEntry[]> {
  const topic = topicSlug === undefined ? Prisma.empty : Prisma.sql`AND p."topicSlugs" ? ${topicSlug}`;
  return db().$queryRaw<FeedEntry[]>`
    SELECT b.id AS "briefId", b.slug,
      p.snapshot->>'title' AS title, p.snapshot->>'summary' AS summary,
      p.snapshot->'authors' AS authors, p.snapshot->'topics' AS topics,
      p."publishedAt",
      (SELECT min(first."publishedAt") FROM "Publication" first
        WHERE first."briefId" = p."briefId" AND first."publishedAt" <= ${now}) AS "firstPublishedAt"
    FROM "Publication" p
    JOIN "Brief" b ON b.id = p."briefId"
    WHERE ${latestVisiblePublication(now)} ${topic}
    ORDER BY p."publishedAt" DESC, p.id
    LIMIT ${take}`;
}
