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

/** The columns of a brief in a reader list, taken out of the snapshot for the rows returned only. */
export const summaryColumns = Prisma.sql`b.slug, p.snapshot->>'title' AS title, p.snapshot->>'summary' AS summary,
  p.snapshot->'topics' AS topics, p."publishedAt"`;
