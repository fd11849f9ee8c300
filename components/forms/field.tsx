import type { InputHTMLAttributes } from "react";

/** What the account forms' server actions return (the shape of lib/forms ActionState). */
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export const idleState: FormState = { status: "idle" };

type FieldProps = { name: string; label: string; hint?: string; errors?: string[] } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input with its hint and its errors beside it, announced when they change. */
export function Field({ name, label, hint, errors, ...input }: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && <p id={hintId} className="field-hint">{hint}</p>}
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errors?.length ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      <p id={errorId} className="field-error" aria-live="polite">{errors?.join(" ")}</p>
    </div>
  );
}

/** The form-level outcome: a status line on success, an alert on refusal. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "ok") return <p className="notice" role="status">{state.message}</p>;
  return <p className="form-error" role="alert" aria-live="assertive">{state.status === "error" ? state.message : ""}</p>;
}
