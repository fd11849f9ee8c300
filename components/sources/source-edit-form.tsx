"use client";

import { useActionState, useState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction, type FormState } from "../forms/form-state";
import { SourceFields, type SourceFieldValues } from "./source-fields";

export type SourceEditData = {
  id: string;
  confirmed: boolean;
  /** ISO time of the version loaded: a save over a newer one is refused */
  updatedAt: string;
  values: SourceFieldValues;
};

export type SourceEditActions = { update: FormAction; confirm: FormAction };

/**
 * An admin edits a source. While it is unconfirmed, Confirm saves the fields shown
 * and confirms it in one step. What was typed stays after a refusal.
 */
export function SourceEditForm({ source, actions }: { source: SourceEditData; actions: SourceEditActions }) {
  const [updateState, update, updating] = useActionState(actions.update, idleState);
  const [confirmState, confirm, confirming] = useActionState(actions.confirm, idleState);
  const [submitted, setSubmitted] = useState<"update" | "confirm" | null>(null);
  const shown: FormState =
    submitted === "confirm"
      ? confirmState
      : submitted === "update"
        ? updateState
        : confirmState.status !== "idle"
          ? confirmState
          : updateState;
  const typed = shown.status === "error" ? shown.values : undefined;
  const pending = updating || confirming;

  return (
    <form action={update} className="form source-form" noValidate>
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="baseUpdatedAt" value={source.updatedAt} />
      {/* Remounted on a new version or a refusal: a select ignores a changed defaultValue. */}
      <div key={`${source.updatedAt}|${JSON.stringify(typed ?? null)}`} className="source-form-fields">
        <SourceFields idPrefix="edit-source" values={typed ?? source.values} errors={shown.fieldErrors ?? {}} />
      </div>
      <FormFeedback state={shown} />
      <div className="source-form-buttons">
        <button
          type="submit"
          className={source.confirmed ? undefined : "secondary"}
          disabled={pending}
          onClick={() => setSubmitted("update")}
        >
          {updating ? "Saving…" : "Save"}
        </button>
        {!source.confirmed && (
          <button type="submit" formAction={confirm} disabled={pending} onClick={() => setSubmitted("confirm")}>
            {confirming ? "Confirming…" : "Confirm"}
          </button>
        )}
      </div>
    </form>
  );
}
