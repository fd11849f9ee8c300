import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefArticle } from "@/components/briefs/brief-article";
import { CommentThreads } from "@/components/review/comment-threads";
import { ReviewForm } from "@/components/review/review-form";
import { SelectToComment } from "@/components/review/select-to-comment";
import { DiffView } from "@/components/revisions/diff-view";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { articleView } from "@/lib/publishing/article-view";
import { explainVerification } from "@/lib/quotes/explain-verification";
import { getReviewRound } from "@/lib/review/get-review-round";
import { getWorkflow } from "@/lib/review/get-workflow";
import type { ItemDiff } from "@/lib/revisions/compare-snapshots";
import { listComments } from "@/lib/review/list-comments";
import { claimsOf } from "@/lib/revisions/snapshot";
import { addCommentAction } from "../../actions/add-comment";
import { approveReviewAction, requestChangesAction } from "../../actions/decide-review";
import { replyToCommentAction } from "../../actions/reply-to-comment";
import { reopenCommentAction, resolveCommentAction } from "../../actions/resolve-comment";

export const metadata: Metadata = { title: "Review" };

/** The quotes, events and claims of a comparison, as DiffView lists them. */
const changedItems = (c: { quotes: ItemDiff<unknown>[]; events: ItemDiff<unknown>[]; claims: ItemDiff<unknown>[] }) =>
  [...c.quotes, ...c.events, ...c.claims].map((i) => ({
    ref: i.ref,
    label: i.ref.startsWith("q") ? "Quote" : i.ref.startsWith("c") ? "Claim" : "Event",
    status: !i.before ? ("added" as const) : !i.after ? ("removed" as const) : ("changed" as const),
    fields: i.fields,
  }));

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
        {review?.decision === "changes_requested" && (
          <p role="status">
            Sent back to the author{by} with the message: {review.message}
          </p>
        )}
        <p>
          This brief has no review waiting. <Link href={`/desk/briefs/${id}`}>Back to the brief</Link>
        </p>
      </>
    );
  }
  const documents = new Map(snapshot.documents.map((d) => [d.id, `${d.title} (${d.source.name})`]));
  const checks = await explainVerification(actor, snapshot.quotes);
  const items = [
    ...snapshot.quotes.map((q) => ({
      kind: "quote" as const,
      ref: q.ref,
      title: `“${q.text}”`,
      verification: q.verification,
      check: checks[q.ref],
      detail: `${q.speakerName}${q.speakerTitle ? `, ${q.speakerTitle}` : ""} — from ${documents.get(q.documentId) ?? "an unknown document"}`,
    })),
    ...snapshot.events.map((e) => ({
      kind: "event" as const,
      ref: e.ref,
      title: `${e.dateLabel}: ${e.description}`,
      detail: `Cited: ${e.documentIds.map((d) => documents.get(d) ?? d).join("; ")}`,
    })),
    ...claimsOf(snapshot).map((c) => ({
      kind: "claim" as const,
      ref: c.ref,
      title: `Claim: ${c.quoted ? `“${c.text}”` : c.text} — ${c.verdict?.name ?? "no rating"}`,
      detail: `${c.speakerName}; first appeared in ${[c.documentId && (documents.get(c.documentId) ?? c.documentId), c.appearanceUrl, c.appearedOn].filter(Boolean).join(", ")}. Conclusion: ${c.conclusion}`,
    })),
  ];
  const now = new Date();
  const [comments, round] = await Promise.all([listComments(actor, id), getReviewRound(actor, { briefId: id })]);
  const previous = round.previous;
  return (
    <>
      <p className="meta">
        <Link href={`/desk/briefs/${id}`}>Back to the brief</Link>
      </p>
      <h1>Review of revision {review.revision}</h1>
      <p>
        Submitted by {review.submittedBy ?? "an editor"}; {review.reviewer ? `for ${review.reviewer.name}` : "in the queue for any editor"}.
        Read the brief, select a passage to comment on it, then check every quote against its document, every claim’s verdict and conclusion
        (<Link href="/desk/documents">documents</Link> highlight their quotes) and every event against its sources in the{" "}
        <a href="#checklist-heading">checklist</a>.
      </p>
      {previous && round.comparison && (
        <section aria-labelledby="round-heading" className="review-round">
          <h2 id="round-heading">Changes since your last review</h2>
          <p className="meta">
            You {previous.decision === "approved" ? "approved" : "requested changes on"} revision {previous.revision}. Your ticks are kept
            on the items that did not change since; the ones that changed are marked “changed since your tick”.
          </p>
          <details open>
            <summary>
              Revision {previous.revision} → revision {review.revision}
            </summary>
            <DiffView
              fromLabel={`Revision ${previous.revision}`}
              toLabel={`Revision ${review.revision}`}
              fields={round.comparison.fields}
              items={changedItems(round.comparison)}
            />
          </details>
        </section>
      )}
      <section aria-labelledby="brief-heading" className="review-brief">
        <h2 id="brief-heading">The brief as submitted</h2>
        {comments.target ? (
          <SelectToComment target={comments.target} action={addCommentAction}>
            <BriefArticle
              {...articleView(snapshot)}
              publishedAt={now}
              firstPublishedAt={now}
              draft
              review={null}
              withdrawn={null}
              corrections={[]}
            />
          </SelectToComment>
        ) : (
          <BriefArticle
            {...articleView(snapshot)}
            publishedAt={now}
            firstPublishedAt={now}
            draft
            review={null}
            withdrawn={null}
            corrections={[]}
          />
        )}
      </section>
      {comparison && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changes since published version {workflow.publishedVersion} (what readers see now)</h2>
          <details>
            <summary>
              Published version {workflow.publishedVersion} → revision {review.revision}
            </summary>
            <DiffView
              fromLabel={`Published version ${workflow.publishedVersion}`}
              toLabel={`Revision ${review.revision}`}
              fields={comparison.fields}
              items={changedItems(comparison)}
            />
          </details>
        </section>
      )}
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Checklist</h2>
        <ReviewForm
          reviewId={review.id}
          items={items}
          carried={round.checks}
          mayApprove={workflow.mayApprove}
          selfApprovalNeeded={workflow.selfApprovalNeeded}
          actions={{ approve: approveReviewAction, requestChanges: requestChangesAction }}
        />
      </section>
      <CommentThreads
        threads={comments.threads}
        target={comments.target}
        actions={{ add: addCommentAction, reply: replyToCommentAction, resolve: resolveCommentAction, reopen: reopenCommentAction }}
      />
    </>
  );
}
