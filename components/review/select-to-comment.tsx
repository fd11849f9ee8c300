"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState, type FormAction } from "../forms/form-state";
import type { CommentTarget } from "./add-comment-form";

/** The most of a passage a comment may quote (lib/review/schemas.ts). */
const MAX_PASSAGE = 1000;

type Selected = { text: string; top: number };

/**
 * The brief's text, where selecting a passage offers "Comment on this passage" right
 * under the selection, and the comment form opens there: no scrolling to a form at the
 * bottom of the page and back.
 */
export function SelectToComment({ target, action, children }: { target: CommentTarget; action: FormAction; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [open, setOpen] = useState(false);

  function readSelection() {
    if (open) return;
    const selection = window.getSelection();
    const container = box.current;
    if (!selection || selection.isCollapsed || !container || selection.rangeCount === 0) return setSelected(null);
    const range = selection.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer)) return setSelected(null);
    const text = selection.toString().replace(/\s+/g, " ").trim().slice(0, MAX_PASSAGE);
    if (!text) return setSelected(null);
    const top = range.getBoundingClientRect().bottom - container.getBoundingClientRect().top + 6;
    setSelected({ text, top });
  }

  return (
    <div ref={box} className="select-to-comment" onMouseUp={readSelection} onKeyUp={readSelection}>
      {children}
      {selected && !open && (
        <button type="button" className="comment-here" style={{ top: selected.top }} onClick={() => setOpen(true)}>
          Comment on this passage
        </button>
      )}
      {selected && open && (
        <PassageCommentForm
          key={selected.text}
          target={target}
          action={action}
          passage={selected.text}
          top={selected.top}
          onDone={() => {
            setOpen(false);
            setSelected(null);
          }}
        />
      )}
    </div>
  );
}

function PassageCommentForm({
  target,
  action,
  passage,
  top,
  onDone,
}: {
  target: CommentTarget;
  action: FormAction;
  passage: string;
  top: number;
  onDone: () => void;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const comment = useRef<HTMLTextAreaElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => comment.current?.focus(), []);
  useEffect(() => {
    if (state.status === "ok") onDone();
  }, [state, onDone]);
  return (
    <form action={formAction} className="form comment-here-form" style={{ top }} aria-label="Comment on the selected passage" noValidate>
      <input type="hidden" name="briefId" value={target.briefId} />
      <input type="hidden" name="reviewId" value={target.reviewId} />
      <input type="hidden" name="about" value="body" />
      <input type="hidden" name="anchorText" value={passage} />
      <blockquote className="comment-passage">{passage}</blockquote>
      <FieldError id="comment-here-passage-error" errors={errors.anchorText} />
      <div className="field">
        <label htmlFor="comment-here-body">Your comment</label>
        <textarea
          id="comment-here-body"
          ref={comment}
          name="body"
          rows={3}
          maxLength={5000}
          defaultValue={state.values?.body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy("comment-here-body-error", errors.body)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onDone();
          }}
        />
        <FieldError id="comment-here-body-error" errors={errors.body} />
      </div>
      {state.status === "error" && <FormFeedback state={state} />}
      <div className="button-row">
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add comment"}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
