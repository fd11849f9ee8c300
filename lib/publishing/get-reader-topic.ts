// A topic page: the topic and one page of the visible briefs filed under it. A topic
// no visible brief is filed under does not exist for readers.
import { db } from "@/lib/db/client";
import { listPublishedBriefs, type PublishedBriefPage } from "./list-published-briefs";

export type ReaderTopicPage = PublishedBriefPage & { topic: { slug: string; name: string } };

export async function getReaderTopic({
  slug,
  page = 1,
  now = new Date(),
}: {
  slug: string;
  page?: number;
  now?: Date;
}): Promise<ReaderTopicPage | null> {
  const topic = await db().topic.findUnique({ where: { slug }, select: { slug: true, name: true } });
  if (!topic) return null;
  const briefs = await listPublishedBriefs({ page, topicSlug: slug, now });
  if (briefs.items.length === 0) return null;
  return { topic, ...briefs };
}
