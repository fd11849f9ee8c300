"use client";

import { useActionState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";

/** The one desk setting: may a one-person desk approve its own briefs. */
export function SelfApprovalForm({ allowed, action }: { allowed: boolean; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="form">
      <fieldset>
        <legend>Four-eyes review</legend>
        <label className="checkbox">
          <input type="checkbox" name="allowSelfApproval" defaultChecked={allowed} aria-describedby="self-approval-hint" /> Allow an editor
          to approve a brief they wrote or edited
        </label>
        <p id="self-approval-hint" className="field-hint">
          For a one-person desk only. Every other rule still holds — each quote and event is checked, the approval is bound to the version
          checked — and each publication approved this way says so to readers.
        </p>
      </fieldset>
      <FormFeedback state={state} />
      <button type="submit" disabled={pending}>
        Save settings
      </button>
    </form>
  );
}
