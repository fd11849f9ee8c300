"use client";

import { useActionState } from "react";
import { Field, FormMessage, idleState, type FormAction } from "../forms/field";

/** Change one's own display name; a refused name stays in the field as typed. */
export function UpdateNameForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="form" noValidate>
      <Field
        name="name"
        label="Name"
        type="text"
        autoComplete="name"
        required
        maxLength={200}
        defaultValue={state.values?.name ?? name}
        errors={state.fieldErrors?.name}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </button>
    </form>
  );
}
