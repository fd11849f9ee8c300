import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BriefArticle } from "@/components/brief/brief-article";
import { numberCitations } from "@/lib/briefs/citations";
import { renderBody } from "@/lib/briefs/render-body";
import { getPublishedBrief } from "@/lib/publishing/get-published-brief";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const load = cache(getPublishedBrief);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const brief = await load((await params).slug);
  return brief ? { title: brief.snapshot.title, description: brief.snapshot.summary } : {};
}

export default async function BriefPage({ params }: Props) {
  const brief = await load((await params).slug);
  if (!brief) notFound();
  const { snapshot } = brief;
  const citation = numberCitations(snapshot.body);
  const cite = (ref: string | null) => (ref ? citation.get(ref) : undefined);
  const documents = new Map(
    snapshot.documents.map((d) => [d.id, { ...d, ref: d.ref ?? d.id, citation: cite(d.ref), publisher: d.source.name }]),
  );
  const document = (id: string) => documents.get(id)!;

  return (
    <BriefArticle
      title={snapshot.title}
      summary={snapshot.summary}
      bodyHtml={renderBody(snapshot.body)}
      topics={snapshot.topics}
      publishedAt={brief.publishedAt}
      firstPublishedAt={brief.firstPublishedAt}
      review={brief.review}
      withdrawn={brief.withdrawn}
      corrections={brief.corrections}
      quotes={snapshot.quotes.map((q) => ({ ...q, citation: cite(q.ref), document: document(q.documentId) }))}
      events={snapshot.events.map((e) => ({ ...e, citation: cite(e.ref), documents: e.documentIds.map(document) }))}
      sources={brief.sources}
      documents={[...documents.values()]}
    />
  );
}
