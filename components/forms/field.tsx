// A single labelled input and a form's one message, for the short forms of the account,
// API tokens and webhooks; their state is the form kit's (./form-state.ts).
import type { InputHTMLAttributes } from "react";
import type { FormState } from "./form-state";

export { idleState, type FormAction, type FormState } from "./form-state";

type FieldProps = { name: string; label: string; hint?: string; errors?: string[] } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "name" | "id"
>;

/** A labelled input with its hint and its errors beside it, announced when they change. */
export function Field({ name, label, hint, errors, ...input }: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errors?.length ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      <p id={errorId} className="field-error" aria-live="polite">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

/** The form-level outcome: a status line on success, an alert on refusal. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "ok")
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  return (
    <p className="form-error" role="alert" aria-live="assertive">
      {state.status === "error" ? state.message : ""}
    </p>
  );
}
