"use client";

import { useState, type RefObject } from "react";
import { KIND_LABEL, KINDS, type SourceKindName } from "@/lib/sources/labels";
import type { PublisherOptionView } from "./add-document-form";

export type ProposePublisher = (input: {
  name: string;
  kind: SourceKindName;
  homepageUrl: string;
}) => Promise<{ status: "ok"; value: PublisherOptionView } | { status: "error"; message: string; fieldErrors: Record<string, string[]> }>;

/**
 * "Propose a new publisher" beside the document form's publisher choice: a dialog on
 * the same page, so the pasted text and every field typed stay as they are. The
 * source is proposed (unconfirmed until an admin confirms it) and chosen in the form.
 */
export function ProposePublisherDialog({
  dialog,
  propose,
  onProposed,
}: {
  /** opened by the button beside the publisher choice; rendered outside the document form (a form cannot hold another) */
  dialog: RefObject<HTMLDialogElement | null>;
  propose: ProposePublisher;
  onProposed: (option: PublisherOptionView) => void;
}) {
  const [fields, setFields] = useState<{ name: string; kind: SourceKindName; homepageUrl: string }>({
    name: "",
    kind: "outlet",
    homepageUrl: "",
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    const result = await propose(fields).catch(() => null);
    setPending(false);
    if (!result) return setMessage("The desk could not be reached; nothing was saved. Try again.");
    if (result.status === "error") {
      setErrors(result.fieldErrors);
      return setMessage(result.message);
    }
    onProposed(result.value);
    setFields({ name: "", kind: "outlet", homepageUrl: "" });
    setErrors({});
    setMessage(null);
    dialog.current?.close();
  }

  const error = (name: string) =>
    errors[name] ? (
      <p id={`publisher-${name}-error`} className="field-error" aria-live="polite">
        {errors[name]!.join(" ")}
      </p>
    ) : null;
  const aria = (name: string) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `publisher-${name}-error` } : {});
  return (
    <dialog ref={dialog} className="publisher-dialog" aria-labelledby="publisher-dialog-heading">
      {/* a form of its own, outside the document form: Enter here proposes, it never sends the document */}
      <form
        method="dialog"
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="publisher-dialog-heading">Propose a new source</h2>
        <p className="field-hint">It can be chosen at once; it is marked proposed until an admin confirms it.</p>
        <div className="field">
          <label htmlFor="publisher-name">Its name</label>
          <input
            id="publisher-name"
            value={fields.name}
            maxLength={200}
            onChange={(e) => setFields({ ...fields, name: e.target.value })}
            {...aria("name")}
          />
          {error("name")}
        </div>
        <div className="field">
          <label htmlFor="publisher-kind">What it is</label>
          <select
            id="publisher-kind"
            value={fields.kind}
            onChange={(e) => setFields({ ...fields, kind: e.target.value as SourceKindName })}
            {...aria("kind")}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABEL[kind]}
              </option>
            ))}
          </select>
          {error("kind")}
        </div>
        <div className="field">
          <label htmlFor="publisher-homepageUrl">Its website (optional)</label>
          <input
            id="publisher-homepageUrl"
            type="url"
            inputMode="url"
            maxLength={2000}
            value={fields.homepageUrl}
            onChange={(e) => setFields({ ...fields, homepageUrl: e.target.value })}
            {...aria("homepageUrl")}
          />
          {error("homepageUrl")}
        </div>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <div className="panel-buttons">
          <button type="submit" disabled={pending}>
            {pending ? "Proposing…" : "Propose and choose it"}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
