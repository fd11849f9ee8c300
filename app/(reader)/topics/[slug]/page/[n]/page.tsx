import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { pageNumber } from "../../../../latest-briefs";
import { loadTopic, TopicBriefs } from "../../topic-briefs";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const found = /^[1-9]\d{0,5}$/.test(n) ? await loadTopic(slug, Number(n)) : null;
  return found ? { title: `${found.topic.name}, page ${n}` } : {};
}

export default async function TopicPageN({ params }: Props) {
  const { slug, n } = await params;
  const page = pageNumber(n);
  if (page === 1) permanentRedirect(`/topics/${slug}`);
  return <TopicBriefs slug={slug} page={page} />;
}
