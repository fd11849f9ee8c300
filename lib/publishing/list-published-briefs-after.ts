// Reader briefs for machines: the same visibility rule and order as the reader lists
// (newest publication first, then id), paged by keyset instead of page number, so a
// client walking the archive while briefs are published never skips or repeats one.
// `after` is the (publishedAt, id) of the last publication of the previous page.
import { db, Prisma } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/dates/precision";
import type { PublishedBriefSummary } from "./list-published-briefs";
import { latestVisiblePublication } from "./visible-publication";

export type BriefPosition = { publishedAt: Date; id: string };

export type KeysetPage = { items: (PublishedBriefSummary & { position: BriefPosition })[]; hasNext: boolean };

export async function listPublishedBriefsAfter({
  after,
  limit,
  topicSlug,
  from,
  to,
  now = new Date(),
}: {
  after?: BriefPosition;
  limit: number;
  topicSlug?: string;
  from?: string;
  to?: string;
  now?: Date;
}): Promise<KeysetPage> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (topicSlug) conditions.push(Prisma.sql`p."topicSlugs" ? ${topicSlug}`);
  if (from) conditions.push(Prisma.sql`p."publishedAt" >= ${parseIsoDay(from)}`);
  // `to` is a day: everything published on it counts.
  if (to) conditions.push(Prisma.sql`p."publishedAt" < ${new Date(parseIsoDay(to).getTime() + 86_400_000)}`);
  if (after)
    conditions.push(
      Prisma.sql`(p."publishedAt" < ${after.publishedAt} OR (p."publishedAt" = ${after.publishedAt} AND p.id > ${after.id}))`,
    );
  const rows = await db().$queryRaw<(PublishedBriefSummary & { id: string })[]>`
    WITH chosen AS (
      SELECT p.id, p."publishedAt"
      FROM "Publication" p
      JOIN "Brief" b ON b.id = p."briefId"
      WHERE ${Prisma.join(conditions, " AND ")} AND ${latestVisiblePublication(now)}
      ORDER BY p."publishedAt" DESC, p.id
      LIMIT ${limit + 1}
    )
    SELECT chosen.id, b.slug, p.snapshot->>'title' AS title, p.snapshot->>'summary' AS summary,
      p.snapshot->'topics' AS topics, p."publishedAt"
    FROM chosen
    JOIN "Publication" p ON p.id = chosen.id
    JOIN "Brief" b ON b.id = p."briefId"
    ORDER BY chosen."publishedAt" DESC, chosen.id`;
  return {
    items: rows.slice(0, limit).map(({ id, slug, title, summary, topics, publishedAt }) => ({
      slug,
      title,
      summary,
      topics,
      publishedAt,
      position: { publishedAt, id },
    })),
    hasNext: rows.length > limit,
  };
}
