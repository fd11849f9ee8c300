import type { Metadata } from "next";
import { loadTopic, TopicBriefs } from "./topic-briefs";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadTopic((await params).slug, 1);
  return found ? { title: found.topic.name } : {};
}

export default async function TopicPage({ params }: Props) {
  return <TopicBriefs slug={(await params).slug} page={1} />;
}
