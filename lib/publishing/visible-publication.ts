// The rule every reader list shares, as SQL over `"Publication" p JOIN "Brief" b`:
// p is its brief's latest publication whose time has come, and the brief is not
// withdrawn. The NOT EXISTS probe uses the (briefId, version) unique index.
import { Prisma } from "@/lib/db/client";

export function latestVisiblePublication(now: Date): Prisma.Sql {
  return Prisma.sql`p."publishedAt" <= ${now}
    AND b."withdrawnAt" IS NULL
    AND NOT EXISTS (
      SELECT 1 FROM "Publication" later
      WHERE later."briefId" = p."briefId" AND later.version > p.version AND later."publishedAt" <= ${now}
    )`;
}

/**
 * One page of a reader list: the publications are chosen and ordered on narrow rows
 * (`where` is ANDed with the visibility rule), and only the rows returned have their
 * title, summary, topics and single verdict taken out of the snapshot — a deep page or a count never
 * decompresses thousands of snapshots. With `withTotal`, `total` counts every match
 * (which visits every match: only for lists that say how long they are).
 */
export function briefPageSql({
  now,
  where,
  limit,
  offset = 0,
  withTotal = false,
}: {
  now: Date;
  where: Prisma.Sql;
  limit: number;
  offset?: number;
  withTotal?: boolean;
}): Prisma.Sql {
  return Prisma.sql`
    WITH chosen AS (
      SELECT p.id, p."publishedAt", ${withTotal ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL::bigint`} AS total
      FROM "Publication" p
      JOIN "Brief" b ON b.id = p."briefId"
      WHERE ${where} AND ${latestVisiblePublication(now)}
      ORDER BY p."publishedAt" DESC, p.id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT b.slug, p.snapshot->>'title' AS title, p.snapshot->>'summary' AS summary, p.snapshot->'topics' AS topics,
      -- the verdict of a brief that checks exactly one claim, shown beside it in lists
      CASE WHEN jsonb_typeof(p.snapshot->'claims') = 'array' AND jsonb_array_length(p.snapshot->'claims') = 1
        THEN p.snapshot->'claims'->0->'verdict'->>'name' END AS verdict,
      p."publishedAt", chosen.total::int AS total
    FROM chosen
    JOIN "Publication" p ON p.id = chosen.id
    JOIN "Brief" b ON b.id = p."briefId"
    ORDER BY chosen."publishedAt" DESC, chosen.id`;
}
