"use client";

import { useActionState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import { SourceFields } from "./source-fields";

/**
 * A new source: added by an admin (confirmed, rated), or proposed by an editor
 * (unconfirmed until an admin confirms it). What was typed stays after a refusal.
 */
export function SourceForm({ action, mode }: { action: FormAction; mode: "add" | "propose" }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const values = state.values ?? {};
  return (
    <form action={formAction} className="form source-form" noValidate>
      {/* Remounted with what was typed after a refusal: a select ignores a changed defaultValue. */}
      <div key={JSON.stringify(state.values ?? null)} className="source-form-fields">
        <SourceFields idPrefix={`${mode}-source`} values={values} errors={state.fieldErrors ?? {}} proposal={mode === "propose"} />
      </div>
      <FormFeedback state={state} />
      <button type="submit" disabled={pending}>
        {mode === "add" ? (pending ? "Adding…" : "Add source") : pending ? "Proposing…" : "Propose source"}
      </button>
    </form>
  );
}
