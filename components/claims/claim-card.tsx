"use client";

import { useActionState } from "react";
import type { ClaimItem } from "@/lib/claims/claim-item";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import type { DocumentOption, SourceOption } from "../quotes/panel-fields";
import { ClaimFields, type RatingOption } from "./claim-fields";

/** One claim: what was claimed, by whom, the verdict; edited in place or removed. */
export function ClaimCard({
  briefId,
  claim,
  documents,
  sourceOptions,
  ratings,
  conclusionOnly,
  update,
  remove,
  removing,
}: {
  briefId: string;
  claim: ClaimItem;
  documents: DocumentOption[];
  sourceOptions: SourceOption[];
  ratings: RatingOption[];
  conclusionOnly: boolean;
  update: FormAction;
  /** the panel's remove action: its outcome outlives this card */
  remove: (formData: FormData) => void;
  removing: boolean;
}) {
  const [editState, editAction, saving] = useActionState(update, idleState);
  const busy = saving || removing;
  const headingId = `claim-${claim.id}-heading`;
  const hidden = (
    <>
      <input type="hidden" name="briefId" value={briefId} />
      <input type="hidden" name="claimId" value={claim.id} />
    </>
  );
  const where = [claim.document?.ref ?? claim.document?.title, claim.appearanceUrl, claim.appearedOn].filter(Boolean).join(", ");

  return (
    <li className="item-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="item-head">
        <span className="item-ref">{claim.ref}</span>{" "}
        {claim.rating ? (
          <span className="verdict-badge">
            {claim.rating.name}
            {claim.rating.retired && " (retired)"}
          </span>
        ) : (
          !conclusionOnly && <span className="meta">Not rated yet</span>
        )}
      </h3>
      <blockquote>{claim.quoted ? `“${claim.text}”` : claim.text}</blockquote>
      <p className="meta">
        {claim.speakerName}
        {claim.speakerSource && ` (${claim.speakerSource.name}${claim.speakerSource.retired ? ", retired" : ""})`}
        {where ? ` · first appeared: ${where}` : " · where it first appeared is missing"}
      </p>
      {claim.conclusion ? <p>{claim.conclusion}</p> : <p className="meta">No conclusion yet.</p>}

      <div className="item-actions">
        <form action={remove} className="inline-form">
          {hidden}
          <button type="submit" className="secondary danger" disabled={busy} aria-label={`Remove ${claim.ref}`}>
            Remove
          </button>
        </form>
      </div>

      <details className="item-edit" open={editState.status === "error" || undefined}>
        <summary>Edit {claim.ref}</summary>
        <form key={claim.updatedAt} action={editAction} className="form" noValidate>
          {hidden}
          <input type="hidden" name="baseUpdatedAt" value={claim.updatedAt} />
          <ClaimFields
            idPrefix={`claim-${claim.id}`}
            briefId={briefId}
            claim={claim}
            state={editState}
            documents={documents}
            sourceOptions={sourceOptions}
            ratings={ratings}
            conclusionOnly={conclusionOnly}
          />
          <FormFeedback state={editState} />
          <button type="submit" disabled={busy}>
            {saving ? "Saving…" : `Save ${claim.ref}`}
          </button>
        </form>
      </details>
    </li>
  );
}
