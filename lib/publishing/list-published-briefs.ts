// The reader home: briefs readers can see, newest publication first, each as its
// current publication. A brief being edited towards its next version still shows its
// last publication; a withdrawn brief is not listed.
import { db } from "@/lib/db/client";
import type { BriefSnapshot } from "@/lib/revisions/snapshot";

export type PublishedBriefSummary = {
  slug: string;
  title: string;
  summary: string;
  topics: { slug: string; name: string }[];
  publishedAt: Date;
};

export async function listPublishedBriefs({ take = 20 }: { take?: number } = {}): Promise<PublishedBriefSummary[]> {
  const briefs = await db().brief.findMany({
    where: { withdrawnAt: null, currentPublicationId: { not: null } },
    orderBy: { currentPublication: { publishedAt: "desc" } },
    take,
    select: { slug: true, currentPublication: { select: { snapshot: true, publishedAt: true } } },
  });
  return briefs.map(({ slug, currentPublication }) => {
    const snapshot = currentPublication!.snapshot as BriefSnapshot;
    return { slug, title: snapshot.title, summary: snapshot.summary, topics: snapshot.topics, publishedAt: currentPublication!.publishedAt };
  });
}
