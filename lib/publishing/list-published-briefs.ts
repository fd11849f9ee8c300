// The reader home: briefs readers can see, newest publication first, each as its
// latest publication whose time has come. A brief being edited towards its next
// version still shows its last publication; a scheduled one appears at its time; a
// withdrawn brief is not listed.
import { db, type Prisma } from "@/lib/db/client";
import type { BriefSnapshot } from "@/lib/revisions/snapshot";

export type PublishedBriefSummary = {
  slug: string;
  title: string;
  summary: string;
  topics: { slug: string; name: string }[];
  publishedAt: Date;
};

export async function listPublishedBriefs({ take = 20, now = new Date() }: { take?: number; now?: Date } = {}): Promise<PublishedBriefSummary[]> {
  const rows = await db().$queryRaw<{ slug: string; snapshot: Prisma.JsonValue; publishedAt: Date }[]>`
    SELECT b.slug, p.snapshot, p."publishedAt"
    FROM "Brief" b
    CROSS JOIN LATERAL (
      SELECT snapshot, "publishedAt" FROM "Publication"
      WHERE "briefId" = b.id AND "publishedAt" <= ${now}
      ORDER BY version DESC LIMIT 1
    ) p
    WHERE b."withdrawnAt" IS NULL
    ORDER BY p."publishedAt" DESC, b.id
    LIMIT ${take}`;
  return rows.map(({ slug, snapshot, publishedAt }) => {
    const s = snapshot as BriefSnapshot;
    return { slug, title: s.title, summary: s.summary, topics: s.topics, publishedAt };
  });
}
