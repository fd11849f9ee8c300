// The brief pages a sitemap lists: every brief readers can see (a publication whose
// time has come, not withdrawn), last modified at its latest visible publication.
// Ordered by the brief's id, which never changes, so a brief stays in the same
// sitemap file as others are published.
import { db } from "@/lib/db/client";

export type SitemapBrief = { slug: string; lastModified: Date };

export async function listSitemapBriefs({
  offset,
  limit,
  now = new Date(),
}: {
  offset: number;
  limit: number;
  now?: Date;
}): Promise<SitemapBrief[]> {
  return db().$queryRaw<SitemapBrief[]>`
    SELECT b.slug, max(p."publishedAt") AS "lastModified"
    FROM "Brief" b
    JOIN "Publication" p ON p."briefId" = b.id AND p."publishedAt" <= ${now}
    WHERE b."withdrawnAt" IS NULL
    GROUP BY b.id
    ORDER BY b.id
    LIMIT ${limit} OFFSET ${offset}`;
}

/** How many brief pages there are to list, and when the newest of them was last published. */
export async function summariseSitemapBriefs(now = new Date()): Promise<{ count: number; lastModified: Date | null }> {
  const [row] = await db().$queryRaw<{ count: bigint; lastModified: Date | null }[]>`
    SELECT count(*) AS count, max(latest) AS "lastModified"
    FROM (
      SELECT max(p."publishedAt") AS latest
      FROM "Brief" b
      JOIN "Publication" p ON p."briefId" = b.id AND p."publishedAt" <= ${now}
      WHERE b."withdrawnAt" IS NULL
      GROUP BY b.id
    ) visible`;
  return { count: Number(row?.count ?? 0), lastModified: row?.lastModified ?? null };
}
