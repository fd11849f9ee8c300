"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction, type FormState } from "../forms/form-state";
import type { CandidateStatus } from "@/lib/extraction/get-document-candidates";
import type { CandidateIds } from "@/lib/extraction/schemas";

function StatusLine({ status, citable }: { status: CandidateStatus; citable: boolean }) {
  switch (status.state) {
    case "open":
      return null;
    case "accepted":
      return (
        <p className="candidate-status">
          <span className="candidate-badge candidate-badge--ok">Accepted</span>{" "}
          {status.itemRef && citable ? (
            <>
              as <code>[@{status.itemRef}]</code>
            </>
          ) : null}
          {status.by && ` by ${status.by}`}
        </p>
      );
    case "rejected":
      return (
        <p className="candidate-status">
          <span className="candidate-badge">Rejected</span>
          {status.by && ` by ${status.by}`}
        </p>
      );
    case "on_brief":
      return (
        <p className="candidate-status">
          <span className="candidate-badge candidate-badge--ok">On the brief</span> as <code>[@{status.itemRef}]</code>
        </p>
      );
    case "in_registry":
      return (
        <p className="candidate-status">
          <span className="candidate-badge candidate-badge--ok">In the registry</span>{" "}
          <Link href={`/desk/sources/${status.sourceId}`}>Open the source</Link>
        </p>
      );
  }
}

/**
 * One candidate with its decision: accept (after editing its fields, if the editor
 * opens them) or reject. Decided candidates say who decided what.
 */
export function CandidateDecision({
  ids,
  candidateKey,
  anchor,
  inText = true,
  status,
  label,
  summary,
  fields,
  accept,
  reject,
  citable = true,
}: {
  ids: CandidateIds;
  candidateKey: string;
  anchor: string;
  /** false when the candidate is outside the part of the text shown */
  inText?: boolean;
  status: CandidateStatus;
  /** names the candidate for assistive technology, e.g. "quote “full support”" */
  label: string;
  summary: ReactNode;
  fields: (state: FormState) => ReactNode;
  accept: FormAction;
  reject: FormAction;
  citable?: boolean;
}) {
  const [acceptState, acceptAction, accepting] = useActionState(accept, idleState);
  const [rejectState, rejectAction, rejecting] = useActionState(reject, idleState);
  const hidden = (
    <>
      <input type="hidden" name="briefId" value={ids.briefId} />
      <input type="hidden" name="documentId" value={ids.documentId} />
      <input type="hidden" name="candidateKey" value={candidateKey} />
    </>
  );
  return (
    <li id={anchor} className={`candidate candidate--${status.state}`} aria-label={label}>
      {summary}
      {inText && (
        <p className="candidate-where">
          <a href={`#${anchor}-text`}>Show in the text</a>
        </p>
      )}
      <StatusLine status={status} citable={citable} />
      {status.state === "open" && (
        <div className="candidate-actions">
          <form action={acceptAction} className="form candidate-accept" noValidate aria-label={`Accept ${label}`}>
            {hidden}
            <details open={acceptState.status === "error"}>
              <summary>Edit before accepting</summary>
              <div className="candidate-fields">{fields(acceptState)}</div>
            </details>
            <FormFeedback state={acceptState} />
            <div className="candidate-buttons">
              <button type="submit" disabled={accepting || rejecting}>
                {accepting ? "Accepting…" : "Accept"}
              </button>
            </div>
          </form>
          <form action={rejectAction} className="candidate-reject" aria-label={`Reject ${label}`}>
            {hidden}
            <button type="submit" className="secondary" disabled={accepting || rejecting}>
              {rejecting ? "Rejecting…" : "Reject"}
            </button>
            {rejectState.status === "error" && <FormFeedback state={rejectState} />}
          </form>
        </div>
      )}
      {status.state !== "open" && acceptState.status === "ok" && <FormFeedback state={acceptState} />}
      {status.state !== "open" && rejectState.status === "ok" && <FormFeedback state={rejectState} />}
    </li>
  );
}
