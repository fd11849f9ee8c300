import type { FormState } from "./form-state";

/**
 * A form's outcome: a status line on success, an alert on refusal. The element is
 * always there, so screen readers announce a message when it appears.
 */
export function FormFeedback({ state, id }: { state: FormState; id?: string }) {
  if (state.status === "ok")
    return (
      <p id={id} className="notice" role="status">
        {state.message}
      </p>
    );
  return (
    <p id={id} className="form-error" role="alert">
      {state.status === "error" ? state.message : ""}
    </p>
  );
}

/** The errors of one field, next to it, announced when they change. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {errors?.join(" ")}
    </p>
  );
}
