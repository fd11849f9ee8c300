"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { WordDiff, type WordDiffPart } from "../quotes/word-diff";
import { CitationPicker, type CitationOption } from "./citation-picker";
import { ConflictPanel, type BriefFormFields, type Conflict } from "./conflict-panel";
import { useHydrated } from "../use-hydrated";
import { useDebouncedEffect } from "./use-debounced-effect";

type SaveState =
  | { status: "saved"; version: number; savedAt: string; changed: boolean }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; conflict?: unknown };

type ConflictDetails = { version: number; changed: (keyof BriefFormFields)[]; fields: Omit<BriefFormFields, "topics"> & { topics: string[] } };

export type BriefEditorProps = {
  briefId: string;
  initial: BriefFormFields;
  version: number;
  published: boolean;
  lastSavedAt: string;
  citations: CitationOption[];
  actions: {
    save: (input: unknown) => Promise<SaveState>;
    checkSlug: (input: { slug: string; briefId: string }) => Promise<{ available: boolean; problem?: string } | null>;
    preview: (input: { briefId: string; body: string }) => Promise<BodyPreview | null>;
  };
};

/** lib/briefs/preview-body.ts's answer, as the editor reads it. */
type BodyPreview = {
  html: string;
  unresolved: string[];
  /** passages in quotation marks the submit checks would refuse */
  quotations?: { code: string; message: string; passage: string; itemRef?: string; diff?: WordDiffPart[] }[];
};

const AUTOSAVE_MS = 3000;
// The same on the server and in the browser, whatever their time zones.
const time = (iso: string) =>
  `${new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" }).format(new Date(iso))} UTC`;
const same = (a: BriefFormFields, b: BriefFormFields) => (Object.keys(a) as (keyof BriefFormFields)[]).every((k) => a[k] === b[k]);

/**
 * The brief form: saves by hand and a few seconds after typing stops, always with the
 * version it is based on. Whatever the server answers, the text typed stays here.
 */
export function BriefEditor({ briefId, initial, version: initialVersion, published, lastSavedAt, citations, actions }: BriefEditorProps) {
  const [fields, setFields] = useState(initial);
  // What the server holds as far as this tab knows: the base of the next save.
  const [saved, setSaved] = useState({ fields: initial, version: initialVersion });
  // "Last saved" until this tab saves; then "Saved at".
  const [status, setStatus] = useState<string>(`Last saved at ${time(lastSavedAt)}`);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [slugNote, setSlugNote] = useState<string | null>(null);
  const [preview, setPreview] = useState<BodyPreview | null>(null);
  const saving = useRef(false);
  const body = useRef<HTMLTextAreaElement>(null);
  const dirty = !same(fields, saved.fields);
  // Until the page is interactive the form stays disabled: keys typed before then would be lost.
  const ready = useHydrated();

  const save = useCallback(
    async ({ autosave, over }: { autosave: boolean; over?: Conflict }) => {
      if (saving.current) return;
      saving.current = true;
      setStatus("Saving…");
      const sent = fields;
      const base = over ? { fields: over.theirs, version: over.version } : saved;
      const result = await actions
        .save({ briefId, baseVersion: base.version, base: base.fields, fields: sent, autosave })
        .catch((): SaveState => ({ status: "error", message: "The desk could not be reached. Your text is still here; it will be saved when you try again.", fieldErrors: {} }));
      saving.current = false;
      if (result.status === "saved") {
        setSaved({ fields: sent, version: result.version });
        setFieldErrors({});
        setConflict(null);
        setStatus(`Saved at ${time(result.savedAt)}`);
        return;
      }
      setFieldErrors(result.fieldErrors);
      setStatus(result.message);
      if (result.conflict) {
        const details = result.conflict as ConflictDetails;
        setConflict({ message: result.message, version: details.version, changed: details.changed, theirs: { ...details.fields, topics: details.fields.topics.join(", ") } });
      }
    },
    [actions, briefId, fields, saved],
  );

  useDebouncedEffect(() => {
    if (dirty && !conflict) void save({ autosave: true });
  }, [fields], AUTOSAVE_MS);

  useDebouncedEffect(() => {
    void actions.preview({ briefId, body: fields.body }).then((result) => result && setPreview(result));
  }, [fields.body], 400);

  useDebouncedEffect(() => {
    if (fields.slug === saved.fields.slug) return setSlugNote(null);
    void actions.checkSlug({ slug: fields.slug, briefId }).then((r) => r && setSlugNote(r.available ? "Available" : (r.problem ?? "Not available")));
  }, [fields.slug], 400);

  // Leaving with unsaved changes warns.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = (name: keyof BriefFormFields) => (event: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [name]: event.target.value }));
    setStatus("Unsaved changes");
  };

  function insertCitation(marker: string) {
    const area = body.current;
    const at = area?.selectionStart ?? fields.body.length;
    setFields((f) => ({ ...f, body: f.body.slice(0, at) + marker + f.body.slice(at) }));
    setStatus("Unsaved changes");
    requestAnimationFrame(() => area?.focus());
  }

  const error = (name: string) =>
    fieldErrors[name] ? <p id={`${name}-error`} className="field-error" aria-live="polite">{fieldErrors[name]!.join(" ")}</p> : null;
  const described = (name: string) => (fieldErrors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});

  return (
    <form className="brief-editor form" onSubmit={(e) => { e.preventDefault(); void save({ autosave: false }); }}>
      <fieldset disabled={!ready} className="plain-fieldset">
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          mine={fields}
          onUseTheirs={(field) => setFields((f) => ({ ...f, [field]: conflict.theirs[field] }))}
          onOverwrite={() => void save({ autosave: false, over: conflict })}
        />
      )}
      <div className="editor-bar">
        <p className="save-status" role="status" aria-live="polite">{status}</p>
        <button type="submit">Save</button>
      </div>
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" value={fields.title} onChange={set("title")} {...described("title")} />
        {error("title")}
      </div>
      <div className="field">
        <label htmlFor="slug">Slug</label>
        <input id="slug" value={fields.slug} onChange={set("slug")} readOnly={published} {...described("slug")} />
        {published ? <p className="field-hint">Published: the address stays the same.</p> : slugNote && !fieldErrors.slug && <p className="field-hint" aria-live="polite">{slugNote}</p>}
        {error("slug")}
      </div>
      <div className="field">
        <label htmlFor="summary">Summary</label>
        <textarea id="summary" rows={2} value={fields.summary} onChange={set("summary")} {...described("summary")} />
        {error("summary")}
      </div>
      <div className="field">
        <label htmlFor="topics">Topics</label>
        <input id="topics" value={fields.topics} onChange={set("topics")} aria-describedby="topics-hint" />
        <p id="topics-hint" className="field-hint">Separate topics with commas.</p>
        {error("topics")}
      </div>
      <div className="body-columns">
        <div className="field">
          <label htmlFor="body">Body</label>
          <CitationPicker options={citations} onInsert={insertCitation} />
          <textarea id="body" ref={body} rows={22} value={fields.body} onChange={set("body")} {...described("body")} />
          {error("body")}
          {preview && preview.unresolved.length > 0 && (
            <p className="field-error" role="alert">
              {preview.unresolved.map((ref) => `[@${ref}]`).join(", ")} {preview.unresolved.length === 1 ? "points" : "point"} at nothing in this brief.
            </p>
          )}
          {preview?.quotations && preview.quotations.length > 0 && (
            <ul className="field-error quotation-problems" role="alert" aria-label="Quotations to fix before submitting">
              {preview.quotations.map((q, i) => (
                <li key={i}>
                  {q.message}
                  {q.diff && q.diff.length > 0 && <> <WordDiff diff={q.diff} ours="the body" theirs={q.itemRef ?? "the citation"} /></>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <section className="body-preview" aria-labelledby="live-preview-heading">
          <h2 id="live-preview-heading" className="field-hint">Live preview</h2>
          <div className="body" dangerouslySetInnerHTML={{ __html: preview?.html ?? "" }} />
        </section>
      </div>
      </fieldset>
    </form>
  );
}
