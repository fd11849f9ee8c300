import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefArticle } from "@/components/briefs/brief-article";
import { CommentThreads } from "@/components/review/comment-threads";
import { ReviewForm } from "@/components/review/review-form";
import { DiffView } from "@/components/revisions/diff-view";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { articleView } from "@/lib/publishing/article-view";
import { explainVerification } from "@/lib/quotes/explain-verification";
import { getWorkflow } from "@/lib/review/get-workflow";
import { listComments } from "@/lib/review/list-comments";
import { claimsOf } from "@/lib/revisions/snapshot";
import { addCommentAction } from "../../actions/add-comment";
import { approveReviewAction, requestChangesAction } from "../../actions/decide-review";
import { replyToCommentAction } from "../../actions/reply-to-comment";
import { reopenCommentAction, resolveCommentAction } from "../../actions/resolve-comment";

export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/briefs/${id}/review` });
  const workflow = await getWorkflow(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { review, snapshot, comparison } = workflow;
  if (!review || review.decision !== "pending" || !snapshot) {
    const by = review?.reviewer ? ` by ${review.reviewer.name}` : "";
    return (
      <>
        <h1>Review</h1>
        {review?.decision === "approved" && <p role="status">Approved{by}. The brief can be published.</p>}
        {review?.decision === "changes_requested" && <p role="status">Sent back to the author{by} with the message: {review.message}</p>}
        <p>This brief has no review waiting. <Link href={`/desk/briefs/${id}`}>Back to the brief</Link></p>
      </>
    );
  }
  const documents = new Map(snapshot.documents.map((d) => [d.id, `${d.title} (${d.source.name})`]));
  const checks = await explainVerification(actor, snapshot.quotes);
  const items = [
    ...snapshot.quotes.map((q) => ({
      kind: "quote" as const, ref: q.ref, title: `“${q.text}”`, verification: q.verification, check: checks[q.ref],
      detail: `${q.speakerName}${q.speakerTitle ? `, ${q.speakerTitle}` : ""} — from ${documents.get(q.documentId) ?? "an unknown document"}`,
    })),
    ...snapshot.events.map((e) => ({
      kind: "event" as const, ref: e.ref, title: `${e.dateLabel}: ${e.description}`,
      detail: `Cited: ${e.documentIds.map((d) => documents.get(d) ?? d).join("; ")}`,
    })),
    ...claimsOf(snapshot).map((c) => ({
      kind: "claim" as const, ref: c.ref, title: `Claim: ${c.quoted ? `“${c.text}”` : c.text} — ${c.verdict?.name ?? "no rating"}`,
      detail: `${c.speakerName}; first appeared in ${[c.documentId && (documents.get(c.documentId) ?? c.documentId), c.appearanceUrl, c.appearedOn].filter(Boolean).join(", ")}. Conclusion: ${c.conclusion}`,
    })),
  ];
  const now = new Date();
  const comments = await listComments(actor, id);
  return (
    <>
      <p className="meta"><Link href={`/desk/briefs/${id}`}>Back to the brief</Link></p>
      <h1>Review of revision {review.revision}</h1>
      <p>
        Submitted by {review.submittedBy ?? "an editor"}; {review.reviewer ? `for ${review.reviewer.name}` : "in the queue for any editor"}.
        Check every quote against its document, every claim’s verdict and conclusion (<Link href="/desk/documents">documents</Link> highlight their quotes) and every event against its sources.
      </p>
      {comparison && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changes since version {workflow.publishedVersion} (what readers see now)</h2>
          <DiffView fromLabel="Published" toLabel={`Revision ${review.revision}`} fields={comparison.fields}
            items={[...comparison.quotes, ...comparison.events, ...comparison.claims].map((i) => ({
              ref: i.ref, label: i.ref.startsWith("q") ? "Quote" : i.ref.startsWith("c") ? "Claim" : "Event",
              status: !i.before ? "added" : !i.after ? "removed" : "changed", fields: i.fields,
            }))} />
        </section>
      )}
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Checklist</h2>
        <ReviewForm reviewId={review.id} items={items} mayApprove={workflow.mayApprove} selfApprovalNeeded={workflow.selfApprovalNeeded}
          actions={{ approve: approveReviewAction, requestChanges: requestChangesAction }} />
      </section>
      <CommentThreads threads={comments.threads} target={comments.target}
        actions={{ add: addCommentAction, reply: replyToCommentAction, resolve: resolveCommentAction, reopen: reopenCommentAction }} />
      <section aria-labelledby="brief-heading" className="review-brief">
        <h2 id="brief-heading">The brief as submitted</h2>
        <BriefArticle {...articleView(snapshot)} publishedAt={now} firstPublishedAt={now} review={null} withdrawn={null} corrections={[]} />
      </section>
    </>
  );
}
