"use client";

import { useState } from "react";
import type { PanelActions, PassageSuggestionView } from "./panel-types";

/**
 * The quote a selected passage makes: its words exactly as the document has them
 * (not editable: verbatim by construction), the speaker the extractor proposes
 * (editable), and "Insert", which makes the quote and puts it with its marker into
 * the body at the cursor.
 */
export function PassageQuote({
  ids,
  passage,
  quote,
  onInserted,
  onCancel,
}: {
  ids: { briefId: string; documentId: string };
  passage: PassageSuggestionView;
  quote: PanelActions["quote"];
  onInserted: (inserted: { ref: string; text: string }) => void;
  onCancel: () => void;
}) {
  const [speakerName, setSpeakerName] = useState(passage.speaker?.speakerName ?? "");
  const [speakerTitle, setSpeakerTitle] = useState(passage.speaker?.speakerTitle ?? "");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const proposed = passage.speaker && speakerName === passage.speaker.speakerName;

  async function insert() {
    setPending(true);
    const result = await quote({
      ...ids,
      start: passage.start,
      end: passage.end,
      text: passage.text,
      speakerName,
      speakerTitle,
      // the candidate's registry match and date go with its speaker only
      speakerSourceId: proposed ? passage.speaker!.speakerSourceId : null,
      saidOn: proposed ? passage.speaker!.saidOn : null,
      saidOnPrecision: proposed ? passage.speaker!.saidOnPrecision : null,
    }).catch(() => null);
    setPending(false);
    if (!result) return setMessage("The desk could not be reached; nothing was saved. Try again.");
    if (result.status === "error") {
      setErrors(result.fieldErrors);
      return setMessage(result.message);
    }
    onInserted(result.value);
  }

  const error = (name: string) =>
    errors[name] ? (
      <p id={`passage-${name}-error`} className="field-error" aria-live="polite">
        {errors[name]!.join(" ")}
      </p>
    ) : null;
  return (
    <section className="passage-quote" aria-label="Quote this passage">
      <blockquote className="passage-words">{passage.text}</blockquote>
      {error("text")}
      <p className="field-hint">
        {passage.speaker
          ? passage.speaker.how === "covering"
            ? "Speaker proposed from the text around these words."
            : "Speaker proposed from the nearest attributed quote: check it."
          : "No speaker is attributed near these words: name who said them."}
      </p>
      <div className="field">
        <label htmlFor="passage-speakerName">Speaker</label>
        <input
          id="passage-speakerName"
          value={speakerName}
          maxLength={200}
          onChange={(e) => setSpeakerName(e.target.value)}
          aria-invalid={errors.speakerName ? true : undefined}
          aria-describedby={errors.speakerName ? "passage-speakerName-error" : undefined}
        />
        {error("speakerName")}
      </div>
      <div className="field">
        <label htmlFor="passage-speakerTitle">Speaker’s role</label>
        <input id="passage-speakerTitle" value={speakerTitle} maxLength={200} onChange={(e) => setSpeakerTitle(e.target.value)} />
        {error("speakerTitle")}
      </div>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="panel-buttons">
        <button type="button" onClick={() => void insert()} disabled={pending}>
          {pending ? "Inserting…" : "Insert"}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </section>
  );
}
