// Reading and writing the editor-facing fields of a brief inside a transaction.
import type { Tx } from "@/lib/db/client";
import { mergeTopics, type BriefFields } from "./schemas";
import { slugify } from "@/lib/text/slug";

export const FIELD_LABELS: Record<keyof BriefFields, string> = {
  title: "title",
  slug: "slug",
  summary: "summary",
  body: "body",
  topics: "topics",
};

export async function readBriefFields(
  tx: Tx,
  briefId: string,
): Promise<BriefFields & { version: number; state: string; published: boolean }> {
  const brief = await tx.brief.findUniqueOrThrow({
    where: { id: briefId },
    select: {
      title: true,
      slug: true,
      summary: true,
      body: true,
      version: true,
      state: true,
      currentPublicationId: true,
      topics: { select: { topic: { select: { name: true } } }, orderBy: { topic: { name: "asc" } } },
    },
  });
  return {
    title: brief.title,
    slug: brief.slug,
    summary: brief.summary,
    body: brief.body,
    topics: brief.topics.map((t) => t.topic.name),
    version: brief.version,
    state: brief.state,
    published: brief.currentPublicationId !== null,
  };
}

/** The fields whose values differ between two versions of a brief. */
export function changedFields(a: Partial<BriefFields>, b: BriefFields): (keyof BriefFields)[] {
  return (Object.keys(FIELD_LABELS) as (keyof BriefFields)[]).filter(
    (key) =>
      a[key] !== undefined &&
      JSON.stringify(key === "topics" ? [...a.topics!].sort() : a[key]) !==
        JSON.stringify(key === "topics" ? [...b.topics].sort() : b[key]),
  );
}

export async function writeTopics(tx: Tx, briefId: string, names: string[]): Promise<void> {
  await tx.briefTopic.deleteMany({ where: { briefId } });
  // names that slug alike are one topic: a second link to it would break the key
  for (const name of mergeTopics(names)) {
    const slug = slugify(name, "topic");
    await tx.briefTopic.create({
      data: { brief: { connect: { id: briefId } }, topic: { connectOrCreate: { where: { slug }, create: { slug, name } } } },
    });
  }
}

export async function slugTaken(tx: Tx, slug: string, exceptBriefId?: string): Promise<boolean> {
  const other = await tx.brief.findUnique({ where: { slug }, select: { id: true } });
  return Boolean(other && other.id !== exceptBriefId);
}
