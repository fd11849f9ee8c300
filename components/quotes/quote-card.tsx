"use client";

import { useActionState } from "react";
import type { QuotePanelQuote } from "@/lib/quotes/load-quote-panel";
import { VERIFICATION_LABELS, verificationLabel } from "@/lib/quotes/labels";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import type { DocumentOption, SourceOption } from "./panel-fields";
import { QuoteFields } from "./quote-fields";
import { VerificationEvidence } from "./verification-evidence";

/** One quote: what it says and where from, its check, and the editor's moves on it. */
export function QuoteCard({
  briefId,
  quote,
  isFirst,
  isLast,
  documents,
  sourceOptions,
  update,
  move,
  remove,
  removing,
}: {
  briefId: string;
  quote: QuotePanelQuote;
  isFirst: boolean;
  isLast: boolean;
  documents: DocumentOption[];
  sourceOptions: SourceOption[];
  update: FormAction;
  move: FormAction;
  /** the panel's remove action: its outcome outlives this card */
  remove: (formData: FormData) => void;
  removing: boolean;
}) {
  const [editState, editAction, saving] = useActionState(update, idleState);
  const [moveState, moveAction, moving] = useActionState(move, idleState);
  const busy = saving || moving || removing;
  const headingId = `quote-${quote.id}-heading`;
  const hidden = (
    <>
      <input type="hidden" name="briefId" value={briefId} />
      <input type="hidden" name="quoteId" value={quote.id} />
    </>
  );

  return (
    <li className="item-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-head">
        <span className="item-ref">{quote.ref}</span>{" "}
        <span className={`verification verification-${quote.verification}`}>
          {verificationLabel(VERIFICATION_LABELS, quote.verification)}
        </span>
      </h3>
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      {quote.check && (
        // Open when there is something to look at: a verbatim quote's passage is a click away.
        <details className="item-evidence" open={quote.check.status !== "verbatim" || quote.verification !== "verbatim"}>
          <summary>{quote.check.passage ? `Where ${quote.ref} is in the document` : `Check of ${quote.ref}`}</summary>
          <VerificationEvidence check={quote.check} stored={quote.verification} id={`quote-${quote.id}-evidence`} />
        </details>
      )}
      <p className="meta">
        {quote.speakerName}
        {quote.speakerTitle && `, ${quote.speakerTitle}`}
        {quote.speakerSource && ` (registry: ${quote.speakerSource.name}${quote.speakerSource.retired ? ", retired" : ""})`}
        {quote.saidOnLabel && <> · {quote.saidOnLabel}</>}
        {" · "}From {quote.document.ref ?? "a document this brief no longer cites"}: {quote.document.title}
        {quote.context && <> · {quote.context}</>}
      </p>
      {quote.citedInBody && <p className="field-hint">The body cites it as [@{quote.ref}].</p>}

      <div className="item-actions">
        <form action={moveAction} className="inline-form">
          {hidden}
          <input type="hidden" name="direction" value="up" />
          <button type="submit" className="secondary" disabled={busy || isFirst} aria-label={`Move ${quote.ref} up`}>
            Move up
          </button>
        </form>
        <form action={moveAction} className="inline-form">
          {hidden}
          <input type="hidden" name="direction" value="down" />
          <button type="submit" className="secondary" disabled={busy || isLast} aria-label={`Move ${quote.ref} down`}>
            Move down
          </button>
        </form>
        <form action={remove} className="inline-form">
          {hidden}
          <button type="submit" className="secondary danger" disabled={busy} aria-label={`Remove ${quote.ref}`}>
            Remove
          </button>
        </form>
      </div>
      {moveState.status === "error" && <FormFeedback state={moveState} />}

      <details className="item-edit">
        <summary>Edit {quote.ref}</summary>
        {/* a fresh form when the quote changes, so it shows what is saved now */}
        <form key={quote.updatedAt} action={editAction} className="form" noValidate>
          {hidden}
          <input type="hidden" name="baseUpdatedAt" value={quote.updatedAt} />
          <QuoteFields
            idPrefix={`quote-${quote.id}`}
            briefId={briefId}
            quote={quote}
            state={editState}
            documents={documents}
            sourceOptions={sourceOptions}
          />
          <FormFeedback state={editState} />
          <button type="submit" disabled={busy}>
            {saving ? "Saving…" : `Save ${quote.ref}`}
          </button>
        </form>
      </details>
    </li>
  );
}
