import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefArticle } from "@/components/briefs/brief-article";
import { formatDay } from "@/components/format";
import { requireActor } from "@/lib/auth/require-actor";
import { getBriefPreview } from "@/lib/briefs/get-brief-preview";
import { isAppError } from "@/lib/errors";
import { articleView } from "@/lib/publishing/article-view";

export const metadata: Metadata = { title: "Preview" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string }> };

export default async function PreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { revision } = await searchParams;
  const actor = await requireActor({ from: `/desk/briefs/${id}/preview` });
  const number = revision && /^\d+$/.test(revision) ? Number(revision) : undefined;
  const preview = await getBriefPreview(actor, { briefId: id, revision: number }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const now = new Date();
  return (
    <>
      <p className="preview-banner" role="note">
        Draft preview — not published.{" "}
        {preview.revision
          ? `Revision ${preview.revision.number}, saved by ${preview.revision.author} on ${formatDay(preview.revision.savedAt)}.`
          : "The brief as it is now."}{" "}
        <Link href={`/desk/briefs/${id}`}>Back to the editor</Link>
      </p>
      <BriefArticle
        {...articleView(preview.snapshot)}
        publishedAt={now}
        firstPublishedAt={now}
        draft
        review={null}
        withdrawn={null}
        corrections={[]}
      />
    </>
  );
}
