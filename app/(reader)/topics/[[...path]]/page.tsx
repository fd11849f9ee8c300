// "/topics" (the index), "/topics/<slug>" and "/topics/<slug>/page/<n>", as one
// optional catch-all route so that none of them is prerendered at build time (there is
// no database then): each is rendered on its first request and cached.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { TopicIndex } from "@/components/briefs/topic-index";
import { listTopics } from "@/lib/publishing/list-topics";
import { pageNumber } from "../../latest-briefs";
import { loadTopic, TopicBriefs } from "../topic-briefs";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ path?: string[] }> };

/** [] → the index; [slug] → page 1; [slug, "page", n] → page n. */
function route(path: string[] = []): { slug: string; page: number } | null {
  if (path.length === 0) return null;
  const [slug, word, n] = path;
  if (path.length === 1) return { slug: slug!, page: 1 };
  if (path.length !== 3 || word !== "page") notFound();
  return { slug: slug!, page: pageNumber(n!) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const at = route((await params).path);
  if (!at) return { title: "Topics" };
  const found = await loadTopic(at.slug, at.page);
  return found ? { title: at.page > 1 ? `${found.topic.name}, page ${at.page}` : found.topic.name } : {};
}

export default async function TopicsPage({ params }: Props) {
  const { path } = await params;
  const at = route(path);
  if (!at) {
    return (
      <>
        <h1>Topics</h1>
        <TopicIndex topics={await listTopics()} />
      </>
    );
  }
  if (at.page === 1 && path!.length > 1) permanentRedirect(`/topics/${at.slug}`);
  return <TopicBriefs slug={at.slug} page={at.page} />;
}
