// Pieces shared by the quote and event panels of the brief editor: the options they
// pick from, a labelled field with its hint and errors, and the source picker.
import type { ReactNode } from "react";
import { FieldError } from "../forms/form-feedback";
import type { CitedDocument } from "@/lib/briefs/cited-documents";
import type { SourceOption } from "@/lib/sources/source-options";
import type { FormState } from "../forms/form-state";

/** A document the brief cites, as a quote or an event may cite it. */
export type DocumentOption = CitedDocument;
/** A registry entry an editor may pick (a speaker, a reporter). */
export type { SourceOption };

type FieldAria = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled control with its hint and its errors beside it, announced when they change. */
export function ItemField(props: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (aria: FieldAria) => ReactNode;
}) {
  const { id, label, hint, errors } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, errors?.length ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {props.children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/**
 * What a field of a form shows: after a refused submit, what the editor typed;
 * otherwise the saved value (or the empty form's default).
 */
export function formValue(state: FormState, name: string, saved: string): string {
  return state.status === "error" ? (state.values?.[name] ?? "") : saved;
}

// A <select> is keyed by its default: React applies a changed defaultValue to an input
// but not to a select, and the form reset after each submit would otherwise bring back
// the first default instead of what the editor had chosen before a refusal.

/** Sources to pick from, with "none"; the item's current source stays listed even if retired since. */
export function SourceSelect({
  name,
  aria,
  defaultValue,
  options,
  current,
}: {
  name: string;
  aria: FieldAria;
  defaultValue: string;
  options: SourceOption[];
  current: { id: string; name: string } | null;
}) {
  const listed = current && !options.some((option) => option.id === current.id);
  return (
    <select key={defaultValue} name={name} defaultValue={defaultValue} {...aria}>
      <option value="">None</option>
      {listed && <option value={current.id}>{current.name} (retired)</option>}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name} ({option.kind}
          {option.confirmed ? "" : ", proposed"})
        </option>
      ))}
    </select>
  );
}
