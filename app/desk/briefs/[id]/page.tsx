import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefEditor } from "@/components/briefs/brief-editor";
import { BriefPanel } from "@/components/briefs/brief-panel";
import { BriefSessionProvider } from "@/components/briefs/brief-session";
import { CommentThreads } from "@/components/review/comment-threads";
import { WorkflowPanel } from "@/components/review/workflow-panel";
import { requireActor } from "@/lib/auth/require-actor";
import { getBriefForEditor } from "@/lib/briefs/get-brief-for-editor";
import { loadBriefPanel } from "@/lib/briefs/load-brief-panel";
import { listSourceOptions } from "@/lib/sources/source-options";
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
import { attachExistingDocumentAction } from "../../documents/actions/attach-existing-document";
import { acceptCandidateAction } from "./actions/accept-candidate";
import { addPanelDocumentAction } from "./actions/add-panel-document";
import { findDocumentsAction } from "./actions/find-documents";
import { openPanelDocumentAction } from "./actions/open-panel-document";
import { quotePassageAction } from "./actions/quote-passage";
import { suggestPassageQuoteAction } from "./actions/suggest-passage-quote";

const panelActions = {
  openDocument: openPanelDocumentAction,
  suggest: suggestPassageQuoteAction,
  quote: quotePassageAction,
  addDocument: addPanelDocumentAction,
  attachExisting: attachExistingDocumentAction,
  findDocuments: findDocumentsAction,
  accept: acceptCandidateAction,
};

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
  const panel = await loadBriefPanel(actor, id);
  const publishers = await listSourceOptions(actor);

  return (
    <>
      <p className="meta">
        <Link href="/desk">Desk</Link> › Brief · {brief.state.replace("_", " ")}
        {brief.revisions > 0 ? ` · revision ${brief.revisions}` : " · no revision saved yet"}
        {workflow.publishedVersion !== null && <> · published version {workflow.publishedVersion} is public</>} · by{" "}
        {brief.authors.join(", ")}
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
            briefId: id,
            slug: workflow.brief.slug,
            state: workflow.brief.state,
            version: workflow.brief.version,
            publishedVersion: workflow.publishedVersion,
            review: workflow.review,
            reviewers: workflow.reviewers,
            verdictChanges: workflow.verdictChanges,
            submitWarnings: workflow.submitWarnings,
            scheduled: workflow.scheduled && { version: workflow.scheduled.version, at: formatMoment(workflow.scheduled.at) },
          }}
          actions={{
            submit: submitForReviewAction,
            publish: publishBriefAction,
            cancelSchedule: cancelScheduleAction,
            withdraw: withdrawBriefAction,
            deleteDraft: deleteDraftAction,
          }}
        />
        <CommentThreads
          threads={comments.threads}
          target={comments.target}
          actions={{ add: addCommentAction, reply: replyToCommentAction, resolve: resolveCommentAction, reopen: reopenCommentAction }}
        />
        <div className="editor-layout">
          <BriefEditor
            briefId={id}
            initial={{ ...brief.fields, topics: brief.fields.topics.join(", ") }}
            version={brief.version}
            published={brief.published}
            lastSavedAt={brief.updatedAt.toISOString()}
            citations={brief.citations}
            actions={{ save: saveBriefAction, checkSlug: checkSlugAction, preview: previewBodyAction }}
          />
          <BriefPanel briefId={id} list={panel} publishers={publishers} actions={panelActions} />
        </div>
      </BriefSessionProvider>
    </>
  );
}
