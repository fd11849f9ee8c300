"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useFormAction } from "../forms/use-form-action";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState } from "../forms/form-state";
import type { PublisherOptionView } from "../documents/add-document-form";
import { CaptureFromUrl } from "../documents/capture-from-url";
import { DuplicateOffer, duplicateIn } from "../documents/duplicate-offer";
import type { PanelActions } from "./panel-types";

/** Paste an article as a new document of this brief, without leaving the editor. */
export function PanelAddDocument({
  briefId,
  publishers,
  actions,
  onAdded,
}: {
  briefId: string;
  publishers: PublisherOptionView[];
  actions: PanelActions;
  onAdded: (documentId: string) => void;
}) {
  const [state, formAction, pending] = useFormAction(actions.addDocument, idleState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const added = state.created?.id;
  const duplicate = duplicateIn(state.details);
  useEffect(() => {
    if (added) onAdded(added);
  }, [added, onAdded]);
  return (
    <form action={formAction} className="form panel-add-document" noValidate aria-label="Paste a new document">
      <input type="hidden" name="briefId" value={briefId} />
      <div className="field">
        <label htmlFor="panel-document-title">Headline</label>
        <input
          id="panel-document-title"
          name="title"
          maxLength={500}
          required
          key={`t${added ?? ""}`}
          defaultValue={added ? "" : values.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("panel-document-title-error", errors.title)}
        />
        <FieldError id="panel-document-title-error" errors={errors.title} />
      </div>
      <div className="field">
        <label htmlFor="panel-document-sourceId">Publisher</label>
        <select
          id="panel-document-sourceId"
          name="sourceId"
          key={`s${values.sourceId ?? ""}`}
          defaultValue={values.sourceId ?? ""}
          aria-invalid={errors.sourceId ? true : undefined}
          aria-describedby={describedBy("panel-document-sourceId-error", errors.sourceId)}
        >
          <option value="">Choose a publisher…</option>
          {publishers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.kind}
              {p.confirmed ? "" : ", proposed"})
            </option>
          ))}
        </select>
        <FieldError id="panel-document-sourceId-error" errors={errors.sourceId} />
        <p className="field-hint">
          Publisher missing? <Link href={`/desk/documents/new?brief=${briefId}`}>Use the full form</Link>, which can propose one.
        </p>
      </div>
      <CaptureFromUrl
        idPrefix="panel-document"
        key={`u${added ?? ""}`}
        defaultUrl={added ? undefined : values.url}
        errors={errors.url}
        captureId={added ? undefined : values.captureId}
      />
      <div className="field">
        <label htmlFor="panel-document-capturedText">Text of the document (or capture it from its address above)</label>
        <textarea
          id="panel-document-capturedText"
          name="capturedText"
          rows={6}
          spellCheck={false}
          key={`c${added ?? ""}`}
          defaultValue={added ? "" : values.capturedText}
          aria-invalid={errors.capturedText ? true : undefined}
          aria-describedby={describedBy("panel-document-capturedText-error", errors.capturedText)}
        />
        <FieldError id="panel-document-capturedText-error" errors={errors.capturedText} />
        {duplicate && (
          <DuplicateOffer key={duplicate.id} briefId={briefId} duplicate={duplicate} attach={actions.attachExisting} onAttached={onAdded} />
        )}
      </div>
      {state.status === "ok" ? <FormFeedback state={state} /> : state.status === "error" && !duplicate && <FormFeedback state={state} />}
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add and attach"}
      </button>
    </form>
  );
}

/** Find a stored document by its title and attach it to this brief. */
export function PanelAttachExisting({
  briefId,
  actions,
  onAttached,
}: {
  briefId: string;
  actions: PanelActions;
  onAttached: (documentId: string) => void;
}) {
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ id: string; title: string; publisher: string; publishedOn: string | null }[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  async function search() {
    const result = await actions.findDocuments({ query }).catch(() => null);
    if (!result || result.status === "error") return setMessage(result?.message ?? "The desk could not be reached. Try again.");
    setMessage(null);
    setFound(result.value);
  }
  async function attach(documentId: string) {
    const result = await actions.attachExisting({ briefId, documentId }).catch(() => null);
    if (!result || result.status === "error") return setMessage(result?.message ?? "The desk could not be reached. Try again.");
    setMessage(`Attached as [@${result.value.ref}].`);
    onAttached(documentId);
  }
  return (
    <div className="panel-attach-existing">
      <form
        role="search"
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label htmlFor="panel-find-document">Search stored documents</label>
        <input id="panel-find-document" type="search" maxLength={200} value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" className="secondary">
          Find
        </button>
      </form>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {found && found.length === 0 && <p className="field-hint">No stored document has those words in its title.</p>}
      {found && found.length > 0 && (
        <ul className="panel-list">
          {found.map((d) => (
            <li key={d.id}>
              {d.title}{" "}
              <span className="meta">
                ({d.publisher}
                {d.publishedOn ? `, ${d.publishedOn}` : ""})
              </span>{" "}
              <button type="button" className="secondary" onClick={() => void attach(d.id)} aria-label={`Attach ${d.title}`}>
                Attach
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
