"use client";

import { useActionState } from "react";
import { Field, FormMessage, idleState, type FormAction } from "../forms/field";

/**
 * Change one's own password. Passwords never come back from the server, so after a
 * refusal the fields are empty and the errors say what to fix. On success the server
 * redirects to sign-in.
 */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" noValidate>
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
      />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={1024}
        hint="At least 12 characters. A few unrelated words make a good one."
        errors={errors.newPassword}
      />
      <Field
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
