// The reader's lists (home, topic pages): briefs readers can see, newest publication
// first, each as its latest publication whose time has come. A brief being edited
// towards its next version still shows its last publication; a scheduled one appears
// at its time; a withdrawn brief is not listed.
//
// The query walks Publication by "publishedAt" (index) from now backwards and keeps a
// publication only if no later version of its brief is visible too, so a page costs
// about (page × pageSize) index probes, not a pass over every brief. Only the title,
// summary and topics are taken out of the snapshot, and only for the rows returned.
// A topic filter uses "topicSlugs", generated from the snapshot (see the migration
// reader_publication_keys): the topics readers see, not BriefTopic, which is the
// working brief's and may already hold a next version's topics.
import { db, Prisma } from "@/lib/db/client";
import { latestVisiblePublication, summaryColumns } from "./visible-publication";

export type PublishedBriefSummary = {
  slug: string;
  title: string;
  summary: string;
  topics: { slug: string; name: string }[];
  publishedAt: Date;
};

export type PublishedBriefPage = { items: PublishedBriefSummary[]; page: number; hasNext: boolean };

export const READER_PAGE_SIZE = 20;

export async function listPublishedBriefs({
  page = 1,
  pageSize = READER_PAGE_SIZE,
  topicSlug,
  now = new Date(),
}: { page?: number; pageSize?: number; topicSlug?: string; now?: Date } = {}): Promise<PublishedBriefPage> {
  if (!Number.isSafeInteger(page) || page < 1) return { items: [], page, hasNext: false };
  const topic = topicSlug === undefined ? Prisma.empty : Prisma.sql`AND p."topicSlugs" ? ${topicSlug}`;
  const rows = await db().$queryRaw<PublishedBriefSummary[]>`
    SELECT ${summaryColumns}
    FROM "Publication" p
    JOIN "Brief" b ON b.id = p."briefId"
    WHERE ${latestVisiblePublication(now)} ${topic}
    ORDER BY p."publishedAt" DESC, p.id
    LIMIT ${pageSize + 1} OFFSET ${(page - 1) * pageSize}`;
  return { items: rows.slice(0, pageSize), page, hasNext: rows.length > pageSize };
}
