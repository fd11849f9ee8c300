import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateReview } from "@/components/extraction/candidate-review";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { getDocumentCandidates } from "@/lib/extraction/get-document-candidates";
import { acceptCandidateAction } from "../../../actions/accept-candidate";
import { rejectCandidateAction } from "../../../actions/reject-candidate";

export const metadata: Metadata = { title: "Candidates from a document" };

type Props = { params: Promise<{ id: string; documentId: string }> };

const actions = { accept: acceptCandidateAction, reject: rejectCandidateAction };

export default async function CandidatesPage({ params }: Props) {
  const { id, documentId } = await params;
  const actor = await requireActor({ from: `/desk/briefs/${id}/documents/${documentId}/candidates` });
  const view = await getDocumentCandidates(actor, { briefId: id, documentId }).catch((error: unknown) => {
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
        {view.document.publishedOn ? ` on ${view.document.publishedOn}` : " (no published date: relative dates are read from today)"}.
        What the text proposes is listed beside it; nothing is added to the brief until you accept it.
      </p>
      <CandidateReview ids={{ briefId: id, documentId }} pieces={view.pieces} quotes={view.quotes} events={view.events} sources={view.sources} actions={actions} />
    </div>
  );
}
