"use client";

import { useActionState } from "react";
import { Field, FormMessage, idleState, type FormState } from "@/components/forms/field";

type TokenState = FormState & { secret?: string };
type TokenAction = (state: TokenState, formData: FormData) => Promise<TokenState>;

/** Name a new token and, optionally, when it expires; the token is shown once, here. */
export function CreateApiTokenForm({ action }: { action: TokenAction }) {
  const [state, formAction, pending] = useActionState<TokenState, FormData>(action, idleState);
  return (
    <form action={formAction} className="form" noValidate>
      <Field
        name="name"
        label="Name"
        hint="What the token is for, e.g. newsletter script."
        type="text"
        required
        maxLength={100}
        defaultValue={state.status === "error" ? state.values?.name : ""}
        errors={state.fieldErrors?.name}
        key={state.secret ?? "form"}
      />
      <Field
        name="expiresInDays"
        label="Expires after (days)"
        hint="Leave empty for a token that works until you revoke it."
        type="number"
        min={1}
        max={366}
        inputMode="numeric"
        defaultValue={state.status === "error" ? state.values?.expiresInDays : ""}
        errors={state.fieldErrors?.expiresInDays}
      />
      <FormMessage state={state} />
      {state.secret && (
        <div className="field one-time-link">
          <label htmlFor="new-api-token">Your new token</label>
          <input
            id="new-api-token"
            type="text"
            readOnly
            value={state.secret}
            aria-describedby="new-api-token-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id="new-api-token-hint" className="field-hint">
            Only its hash is kept: copy it now, it cannot be shown again.
          </p>
        </div>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
