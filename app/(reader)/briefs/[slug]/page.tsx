import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BriefArticle } from "@/components/briefs/brief-article";
import { buildBriefMetadata } from "@/lib/feeds/build-brief-metadata";
import { briefJsonLd } from "@/lib/feeds/brief-json-ld";
import { articleView } from "@/lib/publishing/article-view";
import { publishedArchives } from "@/lib/capture/archived-copy";
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
  const { slug } = await params;
  const brief = await load(slug);
  return brief ? buildBriefMetadata({ brief, slug }) : {};
}

export default async function BriefPage({ params }: Props) {
  const { slug } = await params;
  const brief = await load(slug);
  if (!brief) notFound();
  const archives = await publishedArchives(brief.snapshot.documents.map((d) => d.id));
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: briefJsonLd({ brief, slug }) }} />
      <BriefArticle
        {...articleView(brief.snapshot, { readerSlug: slug, archives })}
        publishedAt={brief.publishedAt}
        firstPublishedAt={brief.firstPublishedAt}
        review={brief.review}
        withdrawn={brief.withdrawn}
        corrections={brief.corrections}
        timelineHref={`/briefs/${slug}/timeline.json`}
      />
    </>
  );
}
