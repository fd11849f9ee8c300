"use client";

import { useRef, useState, type ChangeEvent, type InputHTMLAttributes } from "react";
import { DuplicateOffer, duplicateIn } from "./duplicate-offer";
import { ProposePublisherDialog, type ProposePublisher } from "./propose-publisher-dialog";
import { useFormAction } from "../forms/use-form-action";
import { FieldError, FormFeedback } from "../forms/form-feedback";
import { describedBy, idleState, type FormAction } from "../forms/form-state";
import { CaptureFromUrl, type ProposeCapturedSource } from "./capture-from-url";

const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type PublisherOptionView = { id: string; name: string; kind: string; confirmed: boolean };

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "defaultValue">;

/** A labelled input with its hint and its errors beside it. */
function TextField({ name, label, hint, errors, ...input }: TextFieldProps) {
  const [id, hintId, errorId] = [`document-${name}`, `document-${name}-hint`, `document-${name}-error`];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hint && hintId, describedBy(errorId, errors)].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/**
 * Add a document: its text, pasted or uploaded, and who published it when. After a
 * refusal every typed value is still there; a chosen file is not (browsers do not
 * allow it), so the form names it and asks for it again.
 */
export function AddDocumentForm({
  action,
  publishers,
  briefId,
  proposePublisher,
  attachExisting,
  proposeSource,
}: {
  action: FormAction;
  publishers: PublisherOptionView[];
  briefId?: string;
  /** "Propose a new publisher" in place, when given */
  proposePublisher?: ProposePublisher;
  /** "Attach the existing document" when the pasted text is stored already */
  attachExisting?: Parameters<typeof DuplicateOffer>[0]["attach"];
  /** proposing a source from a captured page no source's domain matched */
  proposeSource?: ProposeCapturedSource;
}) {
  const [state, formAction, pending] = useFormAction(action, idleState);
  // publishers proposed on this page, chosen at once: the choice is this form's own from then on
  const [proposed, setProposed] = useState<PublisherOptionView[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const choices = [...publishers, ...proposed.filter((p) => !publishers.some((q) => q.id === p.id))];
  const duplicate = duplicateIn(state.details);
  // Said at once, before sending megabytes the server would refuse; the server checks again.
  const [tooLarge, setTooLarge] = useState(false);
  function checkSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    const over = file !== undefined && file.size > MAX_FILE_BYTES;
    if (over) event.currentTarget.value = "";
    setTooLarge(over);
  }
  const errors: Record<string, string[]> = {
    ...state.fieldErrors,
    ...(tooLarge && { file: ["This file is larger than 2 MB: choose a smaller one, or paste its text."] }),
  };
  const values = state.values ?? {};
  return (
    <>
      <form action={formAction} className="form document-form" noValidate>
        {briefId && <input type="hidden" name="briefId" value={briefId} />}
        <TextField name="title" label="Title" type="text" required maxLength={500} defaultValue={values.title} errors={errors.title} />
        <div className="field">
          <label htmlFor="document-sourceId">Publisher</label>
          <select
            id="document-sourceId"
            name="sourceId"
            required
            key={`${values.sourceId ?? ""}|${chosen ?? ""}`}
            defaultValue={chosen ?? values.sourceId ?? ""}
            onChange={() => setChosen(null)}
            aria-invalid={errors.sourceId ? true : undefined}
            aria-describedby={describedBy("document-sourceId-error", errors.sourceId)}
          >
            <option value="">Choose a publisher…</option>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.kind}
                {p.confirmed ? "" : ", proposed"})
              </option>
            ))}
          </select>
          <FieldError id="document-sourceId-error" errors={errors.sourceId} />
          {proposePublisher && (
            <p className="field-hint">
              Not in the list?{" "}
              <button type="button" className="secondary" onClick={() => dialog.current?.showModal()}>
                Propose a new publisher
              </button>
            </p>
          )}
        </div>
        <div className="document-form-row">
          <div className="field">
            <label htmlFor="document-kind">Kind</label>
            <select id="document-kind" name="kind" key={values.kind ?? "published"} defaultValue={values.kind ?? "published"}>
              <option value="published">Published material (an article, a statement, a transcript…)</option>
              <option value="own_record">Our own record (our notes or transcript of a call, an interview, a press conference)</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="document-recordMethod">For our own record: how we heard it</label>
            <select
              id="document-recordMethod"
              name="recordMethod"
              key={values.recordMethod ?? ""}
              defaultValue={values.recordMethod ?? ""}
              aria-invalid={errors.recordMethod ? true : undefined}
              aria-describedby={describedBy("document-recordMethod-error", errors.recordMethod)}
            >
              <option value="">—</option>
              <option value="phone_call">A phone call</option>
              <option value="video_call">A video call</option>
              <option value="in_person">In person</option>
              <option value="press_conference">A press conference</option>
              <option value="recording">A recording</option>
              <option value="email">An email exchange</option>
            </select>
            <FieldError id="document-recordMethod-error" errors={errors.recordMethod} />
          </div>
          <TextField
            name="recordedBy"
            label="For our own record: made by"
            type="text"
            maxLength={300}
            defaultValue={values.recordedBy}
            errors={errors.recordedBy}
          />
        </div>
        <CaptureFromUrl defaultUrl={values.url} errors={errors.url} captureId={values.captureId} proposeSource={proposeSource} />
        <TextField name="author" label="Author" type="text" maxLength={300} defaultValue={values.author} errors={errors.author} />
        <div className="document-form-row">
          <TextField
            name="publishedOn"
            label="Published date"
            hint="YYYY-MM-DD; for our own record, the day of the call or interview"
            type="text"
            inputMode="numeric"
            maxLength={10}
            pattern="\d{4}-\d{2}-\d{2}"
            placeholder="2022-07-14"
            defaultValue={values.publishedOn}
            errors={errors.publishedOn}
          />
          <TextField
            name="language"
            label="Language"
            hint="A code: en, uk, pt-BR…"
            type="text"
            maxLength={16}
            defaultValue={values.language ?? "en"}
            errors={errors.language}
          />
        </div>

        <fieldset className="document-text">
          <legend>Text</legend>
          <p id="document-text-hint" className="field-hint">
            Paste the text exactly as published, or upload a .txt, .md or .html file of at most 2 MB. It is stored exactly as given, and
            quotes are checked against it. The text may be at most 2 MB (about 300,000 words): split a longer one into several documents. A
            text over 10,000 characters is read for candidates in the background.
          </p>
          <div className="field">
            <label htmlFor="document-capturedText">Captured text</label>
            <textarea
              id="document-capturedText"
              name="capturedText"
              rows={16}
              spellCheck={false}
              defaultValue={values.capturedText}
              aria-invalid={errors.capturedText ? true : undefined}
              aria-describedby={["document-text-hint", describedBy("document-capturedText-error", errors.capturedText)]
                .filter(Boolean)
                .join(" ")}
            />
            <FieldError id="document-capturedText-error" errors={errors.capturedText} />
            {duplicate && attachExisting && (
              <DuplicateOffer key={duplicate.id} briefId={briefId} duplicate={duplicate} attach={attachExisting} />
            )}
          </div>
          <div className="field">
            <label htmlFor="document-file">File</label>
            {values.fileName && (
              <p id="document-file-hint" className="field-hint">
                You had chosen {values.fileName}: choose it again.
              </p>
            )}
            <input
              id="document-file"
              name="file"
              type="file"
              accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
              onChange={checkSize}
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={
                [values.fileName && "document-file-hint", describedBy("document-file-error", errors.file)].filter(Boolean).join(" ") ||
                undefined
              }
            />
            <FieldError id="document-file-error" errors={errors.file} />
          </div>
        </fieldset>

        <FormFeedback state={state} />
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : briefId ? "Save and attach to the brief" : "Save document"}
        </button>
      </form>
      {proposePublisher && (
        <ProposePublisherDialog
          dialog={dialog}
          propose={proposePublisher}
          onProposed={(option) => {
            setProposed((list) => [...list, option]);
            setChosen(option.id);
          }}
        />
      )}
    </>
  );
}
