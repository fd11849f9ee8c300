import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BriefArticle } from "@/components/brief/brief-article";
import { articleView } from "@/lib/publishing/article-view";
import { getPublishedBrief } from "@/lib/publishing/get-published-brief";

// Cached on first visit, refreshed at most 10 s later (a scheduled publication appears
// on time) and at once when the desk publishes, corrects or withdraws.
export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache(getPublishedBrief);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const brief = await load((await params).slug);
  return brief ? { title: brief.snapshot.title, description: brief.snapshot.summary } : {};
}

export default async function BriefPage({ params }: Props) {
  const { slug } = await params;
  const brief = await load(slug);
  if (!brief) notFound();
  return (
    <BriefArticle
      {...articleView(brief.snapshot, { readerSlug: slug })}
      publishedAt={brief.publishedAt}
      firstPublishedAt={brief.firstPublishedAt}
      review={brief.review}
      withdrawn={brief.withdrawn}
      corrections={brief.corrections}
    />
  );
}
