"use client";

import { useActionState } from "react";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState, type FormAction } from "../forms/form-state";

/**
 * A new password, typed twice, for the account a one-time link belongs to. Passwords
 * never come back from the server: after a refusal the fields are empty and the
 * errors say what to fix. On success the server sends the browser to sign-in.
 */
export function SetPasswordForm({ action, token, email }: { action: FormAction; token: string; email: string }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* lets password managers save the new password under the right account */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <p id="new-password-hint" className="field-hint">
          At least 12 characters. A few unrelated words make a good one.
        </p>
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={1024}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={["new-password-hint", describedBy("new-password-error", errors.password)].filter(Boolean).join(" ")}
        />
        <FieldError id="new-password-error" errors={errors.password} />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">Confirm password</label>
        <input
          id="confirm-password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          maxLength={1024}
          aria-invalid={errors.confirmPassword ? true : undefined}
          aria-describedby={describedBy("confirm-password-error", errors.confirmPassword)}
        />
        <FieldError id="confirm-password-error" errors={errors.confirmPassword} />
      </div>
      <FormFeedback state={state} />
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set password"}
      </button>
    </form>
  );
}
