"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { BriefFields } from "@/lib/briefs/schemas";
import type { BodyPreview } from "@/lib/briefs/preview-body";
import type { SaveBriefState, UpdateBriefInput } from "@/lib/briefs/update-brief";
import { useBriefSession, type FlushOutcome } from "./brief-session";
import { WordDiff } from "../quotes/word-diff";
import { CitationPicker, type CitationOption } from "./citation-picker";
import { ConflictPanel, type BriefFormFields, type Conflict } from "./conflict-panel";
import { readLocalDraft, writeLocalDraft } from "./local-draft";
import { useHydrated } from "../use-hydrated";
import { useDebouncedEffect } from "./use-debounced-effect";
import { useLeaveGuard } from "./use-leave-guard";

export type BriefEditorProps = {
  briefId: string;
  initial: BriefFormFields;
  version: number;
  published: boolean;
  lastSavedAt: string;
  citations: CitationOption[];
  actions: {
    save: (input: UpdateBriefInput) => Promise<SaveBriefState>;
    checkSlug: (input: { slug: string; briefId: string }) => Promise<{ status: "ok"; available: boolean; problem?: string } | Failed>;
    preview: (input: { briefId: string; body: string }) => Promise<({ status: "ok" } & BodyPreview) | Failed>;
  };
};

type Saved = { fields: BriefFormFields; version: number };
type SaveOptions = { autosave?: boolean; over?: Conflict };

/** What the slug check and the preview answer when they fail: a message to show. */
type Failed = { status: "error"; message: string };

const AUTOSAVE_MS = 3000;
const FIELDS = ["title", "slug", "summary", "body", "topics"] as const;
const OFFLINE = "Not saved — the desk cannot be reached. Your changes are kept on this device and saved when the connection returns.";
// The same on the server and in the browser, whatever their time zones.
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });
const time = (iso: string) => `${clock.format(new Date(iso))} UTC`;
const same = (a: BriefFormFields, b: BriefFormFields) => FIELDS.every((k) => a[k] === b[k]);
const toForm = (fields: BriefFields): BriefFormFields => ({ ...fields, topics: fields.topics.join(", ") });
const mapFields = (pick: (key: keyof BriefFormFields) => string): BriefFormFields =>
  Object.fromEntries(FIELDS.map((k) => [k, pick(k)])) as BriefFormFields;

/**
 * The brief form: saves by hand (Save, Ctrl/Cmd+S), a few seconds after typing stops,
 * and before following a link; always with the version and fields it is based on, so
 * the server merges it with other saves field by field. Until the server acknowledges
 * them, edits are also kept on this device and offered back on the next visit.
 */
export function BriefEditor({ briefId, initial, version: initialVersion, published, lastSavedAt, citations, actions }: BriefEditorProps) {
  const router = useRouter();
  const session = useBriefSession();
  const [firstLoaded] = useState(initial);
  const [fields, setFieldsState] = useState(initial);
  // What the server holds as far as this tab knows: the base of the next save.
  const [saved, setSavedState] = useState<Saved>({ fields: initial, version: initialVersion });
  // "Last saved" until this tab saves; then "Saved at".
  const [status, setStatus] = useState<string>(`Last saved at ${time(lastSavedAt)}`);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflictState] = useState<Conflict | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [offline, setOffline] = useState(false);
  const [slugNote, setSlugNote] = useState<string | null>(null);
  const [preview, setPreview] = useState<BodyPreview | null>(null);
  // the last preview stays on show when an update fails; this says why it is not current
  const [previewNote, setPreviewNote] = useState<string | null>(null);
  // The latest of each, for saves that run after the render that started them.
  const fieldsRef = useRef(fields);
  const savedRef = useRef(saved);
  const conflictRef = useRef(conflict);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const body = useRef<HTMLTextAreaElement>(null);
  const dirty = !same(fields, saved.fields);
  // Until the page is interactive the form stays disabled: keys typed before then would be lost.
  const ready = useHydrated();

  const setFields = useCallback((next: BriefFormFields) => {
    fieldsRef.current = next;
    setFieldsState(next);
  }, []);
  const setSaved = useCallback((next: Saved) => {
    savedRef.current = next;
    setSavedState(next);
  }, []);
  const setConflict = useCallback((next: Conflict | null) => {
    conflictRef.current = next;
    setConflictState(next);
  }, []);

  const saveOnce = useCallback(
    async ({ autosave = false, over }: SaveOptions): Promise<FlushOutcome> => {
      const sent = fieldsRef.current;
      const base: Saved = over ? { fields: over.theirs, version: over.version } : savedRef.current;
      if (!over && same(sent, base.fields)) return { ok: true, version: base.version };
      if (!over && conflictRef.current) {
        return { ok: false, message: "Not saved: this brief changed meanwhile. Settle the differences shown above, then save." };
      }
      setStatus("Saving…");
      const refusal = { message: "" };
      const result = await actions
        .save({ briefId, baseVersion: base.version, base: base.fields, fields: sent, autosave })
        .catch((error: unknown) => {
          // The proxy refuses an oversized request before the action runs, with a sentence to show.
          if (error instanceof Error && /too large/i.test(error.message)) refusal.message = error.message;
          return null;
        });
      if (!result && refusal.message) {
        setStatus(refusal.message);
        return { ok: false, message: refusal.message };
      }
      if (!result) {
        setOffline(true);
        setStatus(OFFLINE);
        return { ok: false, message: OFFLINE };
      }
      setOffline(false);
      if (result.status === "error") {
        setFieldErrors(result.fieldErrors);
        if (result.conflict) {
          const details = result.conflict;
          const theirs = toForm(details.fields);
          // Fields this save left alone take the saved values now, so that settling
          // the conflict cannot undo the other save's changes to them.
          const now = fieldsRef.current;
          setFields(mapFields((k) => (sent[k] === base.fields[k] && now[k] === sent[k] ? theirs[k] : now[k])));
          setConflict({
            message: result.message,
            version: details.version,
            changed: details.changed,
            theirs,
            mergedBody: details.mergedBody,
          });
          setStatus("Not saved: this brief changed meanwhile (see above).");
        } else {
          setStatus(result.message);
        }
        return { ok: false, message: result.message };
      }
      // Fields this save left alone take what the server holds (another tab's change,
      // merged in); fields typed into since it was sent stay as typed.
      const acknowledged = toForm(result.fields);
      const nowSaved = mapFields((k) => (sent[k] === base.fields[k] ? acknowledged[k] : sent[k]));
      const now = fieldsRef.current;
      setSaved({ fields: nowSaved, version: result.version });
      setFields(mapFields((k) => (now[k] === sent[k] ? nowSaved[k] : now[k])));
      setFieldErrors({});
      setConflict(null);
      setRestoredAt(null);
      setStatus(`Saved at ${time(result.savedAt)}`);
      // The header, title and workflow panel show the version just saved.
      if (result.changed) router.refresh();
      return { ok: true, version: result.version };
    },
    [actions, briefId, router, setConflict, setFields, setSaved],
  );

  /** Saves run one after another, each from the latest text. */
  const save = useCallback(
    (options: SaveOptions = {}): Promise<FlushOutcome> => {
      const next = queue.current.then(() => saveOnce(options));
      queue.current = next;
      return next;
    },
    [saveOnce],
  );

  useEffect(() => session?.register(() => save()), [session, save]);

  // Edits left unsaved on an earlier visit are offered back (once, on arrival: before
  // the effect below stores this visit's own).
  useEffect(() => {
    const draft = readLocalDraft(briefId);
    if (!draft || same(draft.fields, firstLoaded)) return writeLocalDraft(briefId, null);
    savedRef.current = draft.base;
    fieldsRef.current = draft.fields;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- local storage exists only after hydration
    setSavedState(draft.base);
    setFieldsState(draft.fields);
    setRestoredAt(draft.at);
    setStatus("Unsaved changes");
  }, [briefId, firstLoaded]);

  // Edits the server has not acknowledged are kept on this device.
  useEffect(() => {
    writeLocalDraft(briefId, dirty ? { fields, base: saved, at: new Date().toISOString() } : null);
  }, [briefId, dirty, fields, saved]);

  function discardRestored() {
    setSaved({ fields: initial, version: initialVersion });
    setFields(initial);
    setRestoredAt(null);
    setStatus(`Last saved at ${time(lastSavedAt)}`);
  }

  useDebouncedEffect(
    () => {
      if (dirty && !conflict) void save({ autosave: true });
    },
    [fields],
    AUTOSAVE_MS,
  );

  useLeaveGuard({
    dirty,
    save,
    onStay: (message) => setStatus(`${message} Follow the link again to leave anyway: your changes are kept on this device.`),
  });

  // Ctrl+S / Cmd+S saves, as in every editor.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "s" || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      void save();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  // Back online: save what waited.
  useEffect(() => {
    if (!offline) return;
    const retry = () => void save({ autosave: true });
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [offline, save]);

  useDebouncedEffect(
    () => {
      void actions.preview({ briefId, body: fields.body }).then((result) => {
        if (result.status === "ok") setPreview(result);
        // the save status says what the server answered; the preview only says it is behind
        setPreviewNote(result.status === "ok" ? null : "The preview could not be updated just now: it shows the text as it last could.");
      });
    },
    [fields.body],
    400,
  );

  useDebouncedEffect(
    () => {
      if (fields.slug === saved.fields.slug) return setSlugNote(null);
      void actions
        .checkSlug({ slug: fields.slug, briefId })
        .then((r) => setSlugNote(r.status === "error" ? r.message : r.available ? "Available" : (r.problem ?? "Not available")));
    },
    [fields.slug],
    400,
  );

  const edit = (name: keyof BriefFormFields, value: string) => {
    setFields({ ...fieldsRef.current, [name]: value });
    setStatus("Unsaved changes");
  };
  // Each field's id is its name.
  const onChange = (event: { target: { id: string; value: string } }) => edit(event.target.id as keyof BriefFormFields, event.target.value);

  /** Puts `insert` into the body at its cursor (where it was left, if the body is not focused), the cursor after it. */
  const insertIntoBody = useCallback(
    (insert: string, { spaced = false } = {}) => {
      const area = body.current;
      const text = fieldsRef.current.body;
      const at = Math.min(area?.selectionStart ?? text.length, text.length);
      // a quote inserted after a word is set off by a space
      const inserted = spaced && at > 0 && !/\s/.test(text.charAt(at - 1)) ? ` ${insert}` : insert;
      setFields({ ...fieldsRef.current, body: text.slice(0, at) + inserted + text.slice(at) });
      setStatus("Unsaved changes");
      requestAnimationFrame(() => {
        if (!area) return;
        area.focus();
        area.setSelectionRange(at + inserted.length, at + inserted.length);
      });
      return true;
    },
    [setFields],
  );
  const insertCitation = (marker: string) => insertIntoBody(marker);
  useEffect(() => session?.registerInsert((text) => insertIntoBody(text, { spaced: true })), [session, insertIntoBody]);

  const error = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${name}-error`} className="field-error" aria-live="polite">
        {fieldErrors[name]!.join(" ")}
      </p>
    ) : null;
  const described = (name: string) => (fieldErrors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});

  return (
    <form
      className="brief-editor form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset disabled={!ready} className="plain-fieldset">
        {restoredAt && (
          <div className="notice" role="status">
            <p>Restored your unsaved changes from {time(restoredAt)}, kept on this device. They are saved with your next save.</p>
            <button type="button" className="secondary" onClick={discardRestored}>
              Discard them
            </button>
          </div>
        )}
        {conflict && (
          <ConflictPanel
            conflict={conflict}
            mine={fields}
            onUse={(field, value) => edit(field, value)}
            onOverwrite={() => void save({ over: conflict })}
          />
        )}
        <div className="editor-bar">
          <p className="save-status" role="status" aria-live="polite">
            {status}
          </p>
          <button type="submit" aria-keyshortcuts="Control+S Meta+S">
            Save
          </button>
        </div>
        <div className="field">
          <label htmlFor="title">Title</label>
          <input id="title" value={fields.title} onChange={onChange} {...described("title")} />
          {error("title")}
        </div>
        <div className="field">
          <label htmlFor="slug">Slug</label>
          <input id="slug" value={fields.slug} onChange={onChange} readOnly={published} {...described("slug")} />
          {published ? (
            <p className="field-hint">Published: the address stays the same.</p>
          ) : (
            slugNote &&
            !fieldErrors.slug && (
              <p className="field-hint" aria-live="polite">
                {slugNote}
              </p>
            )
          )}
          {error("slug")}
        </div>
        <div className="field">
          <label htmlFor="summary">Summary</label>
          <textarea id="summary" rows={2} value={fields.summary} onChange={onChange} {...described("summary")} />
          {error("summary")}
        </div>
        <div className="field">
          <label htmlFor="topics">Topics</label>
          <input id="topics" value={fields.topics} onChange={onChange} aria-describedby="topics-hint" />
          <p id="topics-hint" className="field-hint">
            Separate topics with commas.
          </p>
          {error("topics")}
        </div>
        <div className="body-columns">
          <div className="field">
            <label htmlFor="body">Body</label>
            <CitationPicker options={citations} onInsert={insertCitation} />
            <textarea id="body" ref={body} rows={22} value={fields.body} onChange={onChange} {...described("body")} />
            {error("body")}
            {preview && preview.unresolved.length > 0 && (
              <p className="field-error" role="alert">
                {preview.unresolved.map((ref) => `[@${ref}]`).join(", ")} {preview.unresolved.length === 1 ? "points" : "point"} at nothing
                in this brief.
              </p>
            )}
            {preview?.quotations && preview.quotations.length > 0 && (
              <ul className="field-error quotation-problems" role="alert" aria-label="Quotations to fix before submitting">
                {preview.quotations.map((q, i) => (
                  <li key={i}>
                    {q.message}
                    {q.diff && q.diff.length > 0 && (
                      <>
                        {" "}
                        <WordDiff diff={q.diff} ours="the body" theirs={q.itemRef ?? "the citation"} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <section className="body-preview" aria-labelledby="live-preview-heading">
            <h2 id="live-preview-heading" className="field-hint">
              Live preview
            </h2>
            {previewNote && (
              <p className="field-hint" role="status">
                {previewNote}
              </p>
            )}
            <div className="body" dangerouslySetInnerHTML={{ __html: preview?.html ?? "" }} />
          </section>
        </div>
      </fieldset>
    </form>
  );
}
