import { notFound } from "next/navigation";
import { cache } from "react";
import { BriefList, Pagination } from "@/components/briefs/brief-list";
import { getReaderTopic } from "@/lib/publishing/get-reader-topic";
import { pageHref } from "../latest-briefs";

export const loadTopic = cache((slug: string, page: number) => getReaderTopic({ slug, page }));

/** A topic's page of briefs: /topics/<slug>, then /topics/<slug>/page/2, … */
export async function TopicBriefs({ slug, page }: { slug: string; page: number }) {
  const found = await loadTopic(slug, page);
  if (!found) notFound();
  const base = `/topics/${slug}`;
  return (
    <>
      <p className="meta">Topic</p>
      <h1>
        {found.topic.name}
        {page > 1 && <span className="page-number">, page {page}</span>}
      </h1>
      <BriefList briefs={found.items} />
      <Pagination newerHref={page > 1 ? pageHref(base, page - 1) : null} olderHref={found.hasNext ? pageHref(base, page + 1) : null} />
    </>
  );
}
