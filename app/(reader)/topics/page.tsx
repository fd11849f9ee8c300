import type { Metadata } from "next";
import { TopicIndex } from "@/components/brief/topic-index";
import { listTopics } from "@/lib/publishing/list-topics";

export const revalidate = 10;
export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  return (
    <>
      <h1>Topics</h1>
      <TopicIndex topics={await listTopics()} />
    </>
  );
}
