// The reader's lists (home, topic pages): briefs readers can see, newest publication
// first, each as its latest publication whose time has come. A brief being edited
// towards its next version still shows its last publication; a scheduled one appears
// at its time; a withdrawn brief is not listed.
//
// The query walks Publication by "publishedAt" (index) from now backwards and keeps a
// publication only if no later version of its brief is visible too, so a first page
// costs a few dozen index probes, not a pass over every brief; only the rows returned
// have their snapshot read (see briefPageSql).
// A topic filter uses "topicSlugs", generated from the snapshot (see the migration
// reader_publication_keys): the topics readers see, not BriefTopic, which is the
// working brief's and may already hold a next version's topics.
import { db, Prisma } from "@/lib/db/client";
import { briefPageSql } from "./visible-publication";

export type PublishedBriefSummary = {
  slug: string;
  title: string;
  summary: string;
  topics: { slug: string; name: string }[];
  publishedAt: Date;
  /** the verdict of a brief that checks exactly one claim; null otherwise */
  verdict?: string | null;
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
  const where = topicSlug === undefined ? Prisma.sql`TRUE` : Prisma.sql`p."topicSlugs" ? ${topicSlug}`;
  const rows = await db().$queryRaw<(PublishedBriefSummary & { total: number | null })[]>(
    briefPageSql({ now, where, limit: pageSize + 1, offset: (page - 1) * pageSize }),
  );
  return { items: rows.slice(0, pageSize).map(toSummary), page, hasNext: rows.length > pageSize };
}

export function toSummary({ slug, title, summary, topics, publishedAt, verdict }: PublishedBriefSummary): PublishedBriefSummary {
  return { slug, title, summary, topics, publishedAt, verdict: verdict ?? null };
}
