"use client";

import { useActionState } from "react";
import { formatDay } from "../format";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState, type FormAction } from "../forms/form-state";
import { AddCommentForm, type CommentTarget } from "./add-comment-form";

export type CommentAnchorView = { kind: "brief" } | { kind: "quote" | "event" | "claim"; ref: string } | { kind: "body"; passage: string };
export type CommentView = { id: string; body: string; author: { name: string }; createdAt: Date };
export type ThreadView = CommentView & {
  anchor: CommentAnchorView;
  revision: number;
  resolved: { at: Date; by: string } | null;
  replies: CommentView[];
  /** may this user resolve or reopen it (the brief's authors, the thread's author, admins) */
  mayResolve: boolean;
};
type Actions = { add: FormAction; reply: FormAction; resolve: FormAction; reopen: FormAction };

function Anchor({ anchor }: { anchor: CommentAnchorView }) {
  if (anchor.kind === "body") return <blockquote className="comment-passage">{anchor.passage}</blockquote>;
  return <p className="comment-anchor">{anchor.kind === "brief" ? "On the brief" : `On ${anchor.kind} ${anchor.ref}`}</p>;
}

function Comment({ comment, revision }: { comment: CommentView; revision?: number }) {
  return (
    <div className="comment">
      <p className="meta">
        <strong>{comment.author.name}</strong>
        {revision !== undefined && ` · on revision ${revision}`} · {formatDay(comment.createdAt)}
      </p>
      <p className="comment-body">{comment.body}</p>
    </div>
  );
}

function ReplyForm({ thread, action }: { thread: ThreadView; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors?.body;
  const id = `reply-${thread.id}`;
  return (
    <form action={formAction} className="form comment-reply" noValidate>
      <input type="hidden" name="commentId" value={thread.id} />
      <div className="field">
        <label htmlFor={id}>Your reply</label>
        <textarea
          id={id}
          name="body"
          rows={2}
          maxLength={5000}
          defaultValue={state.values?.body}
          aria-invalid={errors ? true : undefined}
          aria-describedby={describedBy(`${id}-error`, errors)}
        />
        <FieldError id={`${id}-error`} errors={errors} />
      </div>
      <FormFeedback state={state} />
      <button type="submit" className="secondary" disabled={pending}>
        Reply
      </button>
    </form>
  );
}

function ResolveButton({ threadId, label, action }: { threadId: string; label: "Resolve" | "Reopen"; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="comment-resolve">
      <input type="hidden" name="commentId" value={threadId} />
      <button type="submit" className="secondary" disabled={pending}>
        {label}
      </button>
      {state.status === "error" && <FormFeedback state={state} />}
    </form>
  );
}

function Thread({ thread, actions }: { thread: ThreadView; actions: Actions }) {
  const conversation = (
    <>
      <Anchor anchor={thread.anchor} />
      <Comment comment={thread} revision={thread.revision} />
      {thread.replies.length > 0 && (
        <ol className="comment-replies" aria-label="Replies">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <Comment comment={reply} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
  if (thread.resolved) {
    const about =
      thread.anchor.kind === "body"
        ? `“${thread.anchor.passage}”`
        : thread.anchor.kind === "brief"
          ? "the brief"
          : `${thread.anchor.kind} ${thread.anchor.ref}`;
    return (
      <li className="comment-thread resolved">
        <details>
          <summary>
            Resolved by {thread.resolved.by} on {formatDay(thread.resolved.at)}: {thread.author.name} on {about}
          </summary>
          {conversation}
          {thread.mayResolve && <ResolveButton threadId={thread.id} label="Reopen" action={actions.reopen} />}
        </details>
      </li>
    );
  }
  return (
    <li className="comment-thread">
      {conversation}
      <ReplyForm thread={thread} action={actions.reply} />
      {thread.mayResolve && <ResolveButton threadId={thread.id} label="Resolve" action={actions.resolve} />}
    </li>
  );
}

/** A brief's review comments: open threads with a reply form, resolved ones collapsed, and a form for a new one. */
export function CommentThreads({
  threads,
  target,
  actions,
}: {
  threads: ThreadView[];
  /** where a new comment goes; null when the brief takes no comments (no review yet, or withdrawn) */
  target: CommentTarget | null;
  actions: Actions;
}) {
  const open = threads.filter((t) => !t.resolved).length;
  if (threads.length === 0 && !target) return null;
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments{threads.length > 0 && ` (${open} open)`}</h2>
      {threads.length === 0 && <p className="meta">No comments yet.</p>}
      {threads.length > 0 && (
        <ol className="comment-threads">
          {threads.map((thread) => (
            <Thread key={thread.id} thread={thread} actions={actions} />
          ))}
        </ol>
      )}
      {target && (
        <div className="comment-new">
          <h3>New comment on revision {target.revision}</h3>
          <AddCommentForm target={target} action={actions.add} />
        </div>
      )}
    </section>
  );
}
