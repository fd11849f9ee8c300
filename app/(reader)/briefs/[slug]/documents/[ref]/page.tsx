import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CapturedDocument } from "@/components/briefs/source-profile";
import { getPublishedDocument } from "@/lib/publishing/get-published-document";
import { publishedArchiveFacts } from "@/lib/capture/archived-copy";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; ref: string }> };

const load = cache((slug: string, ref: string) => getPublishedDocument({ slug, ref }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, ref } = await params;
  const found = await load(slug, ref);
  return found ? { title: `${found.document.title} (captured copy)` } : {};
}

export default async function CapturedDocumentPage({ params }: Props) {
  const { slug, ref } = await params;
  const found = await load(slug, ref);
  if (!found) notFound();
  const { document: d, brief } = found;
  const archived = await publishedArchiveFacts(d.id);
  const archive = archived && {
    href: `/briefs/${slug}/documents/${encodeURIComponent(ref)}/archived`,
    finalUrl: archived.finalUrl,
    fetchedOn: archived.fetchedOn,
  };
  return (
    <CapturedDocument
      document={{
        title: d.title,
        publisher: { name: d.source.name, slug: d.source.slug },
        url: d.url,
        author: d.author,
        publishedOn: d.publishedOn,
        language: d.language,
        contentHash: d.contentHash,
        capturedText: d.capturedText,
        capturedAt: d.capturedAt,
        brief,
        archive,
      }}
    />
  );
}
