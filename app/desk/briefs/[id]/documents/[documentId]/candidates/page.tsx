import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateReview, ReadingProgress } from "@/components/extraction/candidate-review";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getDocumentCandidates } from "@/lib/extraction/get-document-candidates";
import { acceptCandidateAction } from "../../../actions/accept-candidate";
import { rejectCandidateAction } from "../../../actions/reject-candidate";

export const metadata: Metadata = { title: "Candidates from a document" };

type Props = { params: Promise<{ id: string; documentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const LISTS = ["quotes", "labels", "events", "sources"] as const;
type List = (typeof LISTS)[number];

const actions = { accept: acceptCandidateAction, reject: rejectCandidateAction };

export default async function CandidatesPage({ params, searchParams }: Props) {
  const { id, documentId } = await params;
  const query = await searchParams;
  const path = `/desk/briefs/${id}/documents/${documentId}/candidates`;
  const actor = await requireActor({ from: path });
  const pages = Object.fromEntries(LISTS.map((list) => [list, String(query[list] ?? "1")]));
  const view = await getDocumentCandidates(actor, { briefId: id, documentId, pages }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="candidates-page">
      <p className="meta">
        <Link href={`/desk/briefs/${id}`}>Back to the brief</Link> · <Link href={`/desk/briefs/${id}/items`}>Quotes and events</Link> ·{" "}
        <Link href={`/desk/documents/${documentId}`}>The document</Link>
      </p>
      <h1>Candidates from “{view.document.title}”</h1>
      <p className="meta">
        Document <code>[@{view.document.ref}]</code> of “{view.brief.title}”, published by {view.document.publisher}
        {view.document.publishedOn ? ` on ${view.document.publishedOn}` : " (no published date: relative dates are read from today)"}. What
        the text proposes is listed beside it; nothing is added to the brief until you accept it.
      </p>
      {view.reading ? (
        <ReadingProgress reading={view.reading} />
      ) : (
        <CandidateReview
          ids={{ briefId: id, documentId }}
          pieces={view.pieces}
          shown={view.shown}
          quotes={view.quotes}
          events={view.events}
          sources={view.sources}
          paging={view.paging}
          links={linksFor(path, view.paging)}
          actions={actions}
        />
      )}
    </div>
  );
}

/** Each list's previous and next pages, the other lists staying where they are. */
function linksFor(path: string, paging: Record<List, { page: number; pageCount: number }>) {
  const href = (list: List, page: number) => {
    const params = new URLSearchParams();
    for (const other of LISTS) {
      const value = other === list ? page : paging[other].page;
      if (value > 1) params.set(other, String(value));
    }
    const search = params.toString();
    return `${path}${search ? `?${search}` : ""}#${list === "quotes" ? "quote" : list.replace(/s$/, "")}-candidates`;
  };
  return Object.fromEntries(
    LISTS.map((list) => {
      const { page, pageCount } = paging[list];
      return [list, { previous: page > 1 ? href(list, page - 1) : undefined, next: page < pageCount ? href(list, page + 1) : undefined }];
    }),
  ) as Record<List, { previous?: string; next?: string }>;
}
