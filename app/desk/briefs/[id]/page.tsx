import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefEditor } from "@/components/briefs/brief-editor";
import { BriefSessionProvider } from "@/components/briefs/brief-session";
import { CommentThreads } from "@/components/review/comment-threads";
import { WorkflowPanel } from "@/components/review/workflow-panel";
import { requireActor } from "@/lib/auth/require-actor";
import { getBriefForEditor } from "@/lib/briefs/get-brief-for-editor";
import { isAppError } from "@/lib/errors";
import { getWorkflow } from "@/lib/review/get-workflow";
import { listComments } from "@/lib/review/list-comments";
import { addCommentAction } from "../actions/add-comment";
import { replyToCommentAction } from "../actions/reply-to-comment";
import { reopenCommentAction, resolveCommentAction } from "../actions/resolve-comment";
import { checkSlugAction } from "../actions/check-slug";
import { previewBodyAction } from "../actions/preview-body";
import { formatMoment } from "@/lib/text/format-moment";
import { cancelScheduleAction } from "../actions/cancel-schedule";
import { publishBriefAction } from "../actions/publish-brief";
import { submitForReviewAction } from "../actions/submit-for-review";
import { withdrawBriefAction } from "../actions/withdraw-brief";
import { deleteDraftAction } from "../actions/delete-draft";
import { saveBriefAction } from "../actions/save-brief";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Edit brief" };

export default async function EditBriefPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/briefs/${id}` });
  const brief = await getBriefForEditor(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const workflow = await getWorkflow(actor, id);
  const comments = await listComments(actor, id);

  return (
    <>
      <p className="meta">
        <Link href="/desk">Desk</Link> › Brief · {brief.state.replace("_", " ")}{brief.revisions > 0 ? ` · revision ${brief.revisions}` : " · no revision saved yet"}
        {workflow.publishedVersion !== null && <> · published version {workflow.publishedVersion} is public</>} · by {brief.authors.join(", ")}
      </p>
      <h1>{brief.fields.title || "Untitled brief"}</h1>
      <nav className="brief-tabs" aria-label="This brief">
        <Link href={`/desk/briefs/${id}/items`}>Quotes and events</Link>
        <Link href={`/desk/documents/new?brief=${id}`}>Add a document</Link>
        <Link href={`/desk/briefs/${id}/preview`}>Preview</Link>
        <Link href={`/desk/briefs/${id}/history`}>History ({brief.revisions})</Link>
      </nav>
      <BriefSessionProvider version={brief.version}>
      <WorkflowPanel
        view={{
          briefId: id, slug: workflow.brief.slug, state: workflow.brief.state, version: workflow.brief.version,
          publishedVersion: workflow.publishedVersion, review: workflow.review, reviewers: workflow.reviewers,
          verdictChanges: workflow.verdictChanges, submitWarnings: workflow.submitWarnings,
          scheduled: workflow.scheduled && { version: workflow.scheduled.version, at: formatMoment(workflow.scheduled.at) },
        }}
        actions={{ submit: submitForReviewAction, publish: publishBriefAction, cancelSchedule: cancelScheduleAction, withdraw: withdrawBriefAction, deleteDraft: deleteDraftAction }}
      />
      <CommentThreads threads={comments.threads} target={comments.target}
        actions={{ add: addCommentAction, reply: replyToCommentAction, resolve: resolveCommentAction, reopen: reopenCommentAction }} />
      <BriefEditor
        briefId={id}
        initial={{ ...brief.fields, topics: brief.fields.topics.join(", ") }}
        version={brief.version}
        published={brief.published}
        lastSavedAt={brief.updatedAt.toISOString()}
        citations={brief.citations}
        actions={{ save: saveBriefAction, checkSlug: checkSlugAction, preview: previewBodyAction }}
      />
      </BriefSessionProvider>
    </>
  );
}
