"use client";

import { useActionState, useRef, useState } from "react";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState, type FormAction } from "../forms/form-state";

/** What a new comment may be about: the review's revision, its quotes and its events. */
export type CommentTarget = {
  briefId: string;
  reviewId: string;
  revision: number;
  quotes: { ref: string; text: string; speaker: string }[];
  events: { ref: string; when: string; description: string }[];
  claims?: { ref: string; text: string; speaker: string }[];
};

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text);

/** The text selected on the page, or in the field that has the focus (the body editor). */
function selectedText(): string {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === "text")) {
    return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  }
  return window.getSelection()?.toString() ?? "";
}

/** A new thread: what it is about (the brief, a quote, an event, a passage of the body) and the comment. */
export function AddCommentForm({ target, action }: { target: CommentTarget; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const [hint, setHint] = useState("");
  const about = useRef<HTMLSelectElement>(null);
  const passage = useRef<HTMLTextAreaElement>(null);
  const captured = useRef("");
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const aboutErrors = [...(errors.itemKind ?? []), ...(errors.itemRef ?? [])];

  function commentOnSelection() {
    const text = (captured.current || selectedText()).trim();
    captured.current = "";
    if (!text) return setHint("Select a passage of the body first, then press the button.");
    setHint("");
    about.current!.value = "body";
    passage.current!.value = text;
    passage.current!.focus();
  }

  return (
    <form action={formAction} className="form comment-add" noValidate>
      <input type="hidden" name="briefId" value={target.briefId} />
      <input type="hidden" name="reviewId" value={target.reviewId} />
      <div className="field">
        <label htmlFor="comment-about">What is it about?</label>
        {/* keyed by the value to keep: React's form reset returns a select to the option it was mounted with */}
        <select
          key={values.about ?? "brief"}
          id="comment-about"
          name="about"
          ref={about}
          defaultValue={values.about ?? "brief"}
          aria-invalid={aboutErrors.length ? true : undefined}
          aria-describedby={describedBy("comment-about-error", aboutErrors)}
        >
          <option value="brief">The brief as a whole</option>
          {target.quotes.length > 0 && (
            <optgroup label="Quotes">
              {target.quotes.map((q) => (
                <option key={q.ref} value={`quote:${q.ref}`}>{`Quote ${q.ref}: “${short(q.text)}” (${q.speaker})`}</option>
              ))}
            </optgroup>
          )}
          {target.events.length > 0 && (
            <optgroup label="Events">
              {target.events.map((e) => (
                <option key={e.ref} value={`event:${e.ref}`}>{`Event ${e.ref}: ${e.when}, ${short(e.description)}`}</option>
              ))}
            </optgroup>
          )}
          {target.claims && target.claims.length > 0 && (
            <optgroup label="Claims">
              {target.claims.map((c) => (
                <option key={c.ref} value={`claim:${c.ref}`}>{`Claim ${c.ref}: “${short(c.text)}” (${c.speaker})`}</option>
              ))}
            </optgroup>
          )}
          <option value="body">A passage of the body</option>
        </select>
        <FieldError id="comment-about-error" errors={aboutErrors} />
      </div>
      <div className="field comment-passage-field">
        <label htmlFor="comment-passage">Passage, word for word as the brief has it</label>
        <textarea
          id="comment-passage"
          name="anchorText"
          ref={passage}
          rows={2}
          maxLength={1000}
          defaultValue={values.anchorText}
          aria-invalid={errors.anchorText ? true : undefined}
          aria-describedby={describedBy("comment-passage-error", errors.anchorText)}
        />
        <FieldError id="comment-passage-error" errors={errors.anchorText} />
      </div>
      <p className="comment-selection">
        <button
          type="button"
          className="secondary"
          onMouseDown={(event) => {
            event.preventDefault();
            captured.current = selectedText();
          }}
          onClick={commentOnSelection}
        >
          Comment on selected text
        </button>
        <span className="field-hint" aria-live="polite">
          {hint}
        </span>
      </p>
      <div className="field">
        <label htmlFor="comment-body">Comment</label>
        <textarea
          id="comment-body"
          name="body"
          rows={3}
          maxLength={5000}
          defaultValue={values.body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy("comment-body-error", errors.body)}
        />
        <FieldError id="comment-body-error" errors={errors.body} />
      </div>
      <FormFeedback state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add comment"}
      </button>
    </form>
  );
}
